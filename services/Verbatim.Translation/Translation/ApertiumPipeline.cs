using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
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
    // Raw bytes, not a StreamReader: StreamReader.ReadAsync waits for more input whenever a read fills
    // its byte buffer exactly, so an answer of exactly 1,024 bytes (NUL included) never came back and
    // the call hit its timeout. NUL is a single 0x00 byte in UTF-8, so the flush is found in bytes.
    private readonly PipeReader _stdout;

    private ApertiumPipeline(Process process)
    {
        _process = process;
        _stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        _stdout = PipeReader.Create(process.StandardOutput.BaseStream);
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
            var result = await _stdout.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.PositionOf((byte)0) is { } nul)
            {
                var raw = Encoding.UTF8.GetString(buffer.Slice(0, nul));
                _stdout.AdvanceTo(buffer.GetPosition(1, nul));
                return raw;
            }

            if (result.IsCompleted)
            {
                throw new TranslationUnavailableException("the Apertium pipeline exited");
            }

            // Nothing consumed, everything examined: wake up only when more bytes arrive.
            _stdout.AdvanceTo(buffer.Start, buffer.End);
        }
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

        _stdout.Complete();
        _process.Dispose();
    }
}
