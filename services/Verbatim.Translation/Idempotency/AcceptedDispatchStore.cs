using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Microsoft.Extensions.Options;
using Verbatim.Translation.V1;

namespace Verbatim.Translation.Idempotency;

public sealed class StateOptions
{
    public const string Section = "State";

    /// <summary>Directory of accepted dispatches, one file each, so resubmissions are recognised across restarts.</summary>
    public string Path { get; set; } = "data/translation";
}

/// <summary>
/// Remembers every dispatch whose event the broker confirmed, keyed by its deterministic id, so a
/// resubmission returns the same dispatch with <c>duplicate = true</c> instead of publishing again.
/// A file is written only after the confirm: a crash in between means one extra publish, which the
/// search service absorbs (its statement ids are deterministic).
/// </summary>
public sealed class AcceptedDispatchStore
{
    private readonly string _directory;

    public AcceptedDispatchStore(IOptions<StateOptions> options)
    {
        _directory = System.IO.Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(_directory);
    }

    /// <summary>Same source and same normalized story, same id.</summary>
    public static string ComputeId(string sourceId, string title, string body)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sourceId + "\u001f" + title + "\u001f" + body));
        return "d-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    public async Task<Dispatch?> TryGetAsync(string dispatchId, CancellationToken cancellationToken)
    {
        var path = PathOf(dispatchId);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Dispatch.Parser.ParseFrom(bytes);
    }

    public async Task SaveAsync(Dispatch dispatch, CancellationToken cancellationToken)
    {
        var path = PathOf(dispatch.DispatchId);
        var temp = path + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            dispatch.WriteTo(stream);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(string dispatchId) => System.IO.Path.Combine(_directory, dispatchId + ".pb");
}
