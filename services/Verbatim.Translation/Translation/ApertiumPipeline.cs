using System.Diagnostics;
using System.Text;

namespace Verbatim.Translation.Translation;

/// <summary>
/// One resident Apertium pipeline (fr→es→en) in null-flush mode: each request is written followed by
/// a NUL, and the pipeline answers with the translation followed by a NUL. Not thread-safe: the pool
/// hands a pipeline to one caller at a time.
/// </summary>
internal sealed class ApertiumPipeline : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _stdin;
    private readonly StreamReader _stdout;
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _pending = new();

    private ApertiumPipeline(Process process)
    {
        _process = process;
        _stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        _stdout = new StreamReader(process.StandardOutput.BaseStream, new UTF8Encoding(false));
    }

    public bool HasExited => _process.HasExited;

    public static ApertiumPipeline Start(string shellPipeline, Action<string> onStderr)
    {
        var psi = new ProcessStartInfo("bash", ["-c", shellPipeline])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Apertium's tools need a UTF-8 locale to read accented input.
        psi.Environment["LC_ALL"] = "C.UTF-8";
        var process = Process.Start(psi) ?? throw new TranslationUnavailableException("could not start the Apertium pipeline");
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                onStderr(e.Data);
            }
        };
        process.BeginErrorReadLine();
        return new ApertiumPipeline(process);
    }

    public async Task<string> TranslateAsync(string text, CancellationToken cancellationToken) =>
        ApertiumModeCommand.Unescape(await TranslateRawAsync(ApertiumModeCommand.Escape(text), cancellationToken).ConfigureAwait(false));

    /// <summary>Sends text already in Apertium's stream format and returns the raw output (still escaped).</summary>
    public async Task<string> TranslateRawAsync(string escaped, CancellationToken cancellationToken)
    {
        // The trailing blank lets lt-proc emit the last token before it sees the flush.
        await _stdin.WriteAsync(escaped.AsMemory(), cancellationToken).ConfigureAwait(false);
        await _stdin.WriteAsync(" \0".AsMemory(), cancellationToken).ConfigureAwait(false);
        await _stdin.FlushAsync(cancellationToken).ConfigureAwait(false);

        while (true)
        {
            var nul = IndexOfNul(_pending);
            if (nul >= 0)
            {
                var raw = _pending.ToString(0, nul);
                _pending.Remove(0, nul + 1);
                return raw;
            }

            var read = await _stdout.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new TranslationUnavailableException("the Apertium pipeline exited");
            }

            _pending.Append(_buffer, 0, read);
        }
    }

    private static int IndexOfNul(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length; i++)
        {
            if (sb[i] == '\0')
            {
                return i;
            }
        }

        return -1;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
