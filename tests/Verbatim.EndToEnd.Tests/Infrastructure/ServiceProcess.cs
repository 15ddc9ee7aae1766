using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One service running as a real OS process (as it does in production), on a free loopback port,
/// plaintext HTTP/2. Keeps its output for diagnostics when a test fails.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly string _project;
    private readonly Dictionary<string, string> _environment;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public ServiceProcess(string project, IDictionary<string, string> environment, X509Certificate2? tls = null)
    {
        _project = project;
        Port = FreePort();
        var scheme = tls is null ? "http" : "https";
        _environment = new Dictionary<string, string>(environment)
        {
            ["Kestrel__Endpoints__Grpc__Url"] = $"{scheme}://127.0.0.1:{Port}",
            ["Kestrel__Endpoints__Grpc__Protocols"] = "Http2",
            ["Logging__LogLevel__Default"] = "Information",
            ["DOTNET_NOLOGO"] = "1",
        };
        if (tls is null)
        {
            Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{Port}");
            return;
        }

        // The service reads the certificate the way an operator would configure it: a PFX file.
        var pfx = Path.Combine(Path.GetTempPath(), $"verbatim-tls-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(pfx, tls.Export(X509ContentType.Pfx, "test-password"));
        _environment["Kestrel__Endpoints__Grpc__Certificate__Path"] = pfx;
        _environment["Kestrel__Endpoints__Grpc__Certificate__Password"] = "test-password";
        var thumbprint = tls.GetCertHashString();
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint;
        Channel = GrpcChannel.ForAddress($"https://127.0.0.1:{Port}", new GrpcChannelOptions { HttpHandler = handler });
    }

    public int Port { get; }

    public GrpcChannel Channel { get; }

    /// <summary>Calls through this carry the fixture's API key.</summary>
    public CallInvoker Authenticated => Channel.Intercept(metadata =>
    {
        metadata.Add("x-api-key", StackFixture.ApiKey);
        return metadata;
    });

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        var dll = TestEnvironment.ServiceDll(_project);
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution first");
        }

        var psi = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _environment)
        {
            psi.Environment[key] = value;
        }

        _process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {_project}");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitHealthyAsync(timeout);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        var health = new Health.HealthClient(Channel);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"{_project} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (RpcException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{_project} did not report SERVING within {timeout.TotalSeconds} s:\n{Output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks run, as in a crash.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>SIGTERM and wait: the host's graceful shutdown.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false })
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        Channel.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
