using System.Diagnostics;
using System.Text.Json;
using Verbatim.EndToEnd.Tests.Infrastructure;

namespace Verbatim.EndToEnd.Tests;

/// <summary>
/// A client in another language, generated at run time from protos/ alone (Node.js with
/// @grpc/proto-loader), submits a dispatch and finds its statement: the API contract is the .proto
/// files, not anything .NET-specific.
/// </summary>
public sealed class NodeClientTests(StackFixture stack) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task A_node_client_built_from_the_protos_submits_and_finds_the_statement()
    {
        var client = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "clients", "node");
        Assert.True(Directory.Exists(Path.Combine(client, "node_modules")),
            "tests/clients/node has no node_modules: ./verbatim.sh test installs them with npm ci");

        var psi = new ProcessStartInfo("node", [Path.Combine(client, "client.mjs")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["TRANSLATION_ADDR"] = $"127.0.0.1:{stack.TranslationProcess.Port}",
                ["SEARCH_ADDR"] = $"127.0.0.1:{stack.SearchProcess.Port}",
                ["API_KEY"] = StackFixture.ApiKey,
                ["MARKER"] = Guid.NewGuid().ToString("N")[..8],
            },
        };
        using var process = Process.Start(psi)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"node client failed: {stderr}\n{stack.Diagnostics}");

        using var result = JsonDocument.Parse(stdout);
        var statement = result.RootElement;
        Assert.Equal("Jérôme Castaing", statement.GetProperty("speaker").GetString());
        Assert.Equal("STATEMENT_KIND_DIRECT", statement.GetProperty("kind").GetString());
        Assert.Equal("Nous ne pouvons plus vendre à perte", statement.GetProperty("textFr").GetString());
        Assert.False(string.IsNullOrWhiteSpace(statement.GetProperty("textEn").GetString()));
    }
}
