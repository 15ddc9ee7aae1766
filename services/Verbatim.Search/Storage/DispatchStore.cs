using System.Text.Json;
using Microsoft.Extensions.Options;
using Verbatim.Contracts;

namespace Verbatim.Search.Storage;

public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Directory of consumed dispatches, the source the index can be rebuilt from.</summary>
    public string Path { get; set; } = "data/search/dispatches";
}

/// <summary>
/// Durable copy of every consumed <see cref="DispatchTranslated"/>, one JSON file each, written
/// atomically (temp file, flush to disk, rename) before the message is acknowledged.
/// </summary>
public sealed class DispatchStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _directory;

    public DispatchStore(IOptions<StoreOptions> options)
    {
        _directory = System.IO.Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(_directory);
    }

    public async Task SaveAsync(DispatchTranslated dispatch, CancellationToken cancellationToken)
    {
        var path = PathOf(dispatch.DispatchId);
        var temp = path + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            await JsonSerializer.SerializeAsync(stream, dispatch, Json, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, path, overwrite: true);
    }

    public async Task<DispatchTranslated?> TryGetAsync(string dispatchId, CancellationToken cancellationToken)
    {
        var path = PathOf(dispatchId);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<DispatchTranslated>(stream, Json, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<DispatchTranslated> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in Directory.EnumerateFiles(_directory, "*.json"))
        {
            DispatchTranslated? dispatch;
            await using (var stream = File.OpenRead(file))
            {
                dispatch = await JsonSerializer.DeserializeAsync<DispatchTranslated>(stream, Json, cancellationToken).ConfigureAwait(false);
            }

            if (dispatch is not null)
            {
                yield return dispatch;
            }
        }
    }

    public int Count => Directory.EnumerateFiles(_directory, "*.json").Count();

    private string PathOf(string dispatchId)
    {
        // Ids come from the bus: never let one escape the store directory.
        if (dispatchId.Length == 0 || dispatchId.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw new InvalidDispatchException($"dispatch id '{dispatchId}' is not a valid id");
        }

        return System.IO.Path.Combine(_directory, dispatchId + ".json");
    }
}

/// <summary>A message that can never be processed (retrying will not help): goes to the _error queue.</summary>
public sealed class InvalidDispatchException(string message) : Exception(message);
