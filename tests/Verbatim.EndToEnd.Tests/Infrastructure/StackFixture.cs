using Verbatim.Search.V1;
using Verbatim.Translation.V1;

namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Both services against the real broker, with their own queue and data directories so test classes
/// never see each other's state.
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), "verbatim-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private ServiceProcess? _translation;
    private ServiceProcess? _search;

    public string Queue { get; } = "verbatim-e2e-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The key both services accept in these tests.</summary>
    public const string ApiKey = "e2e-test-key-1d9f";

    public TranslationService.TranslationServiceClient Translation => new(_translation!.Authenticated);

    public StatementSearch.StatementSearchClient Search => new(_search!.Authenticated);

    internal ServiceProcess SearchProcess => _search!;

    internal ServiceProcess TranslationProcess => _translation!;

    public string Diagnostics => $"--- translation ---\n{_translation?.Output}\n--- search ---\n{_search?.Output}";

    internal Dictionary<string, string> BusEnvironment(string virtualHost = "/") => new()
    {
        ["Bus__Host"] = TestEnvironment.RabbitHost,
        ["Bus__Port"] = TestEnvironment.RabbitPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bus__VirtualHost"] = virtualHost,
        ["Bus__Username"] = "guest",
        ["Bus__Password"] = "guest",
        ["Bus__SearchQueue"] = Queue,
        ["Auth__ApiKeys__0"] = ApiKey,
        ["Bus__MaxMessageBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    internal Dictionary<string, string> SearchEnvironment() => new(BusEnvironment())
    {
        ["Index__Path"] = Path.Combine(_dataRoot, "search", "index"),
        ["Store__Path"] = Path.Combine(_dataRoot, "search", "dispatches"),
    };

    internal Dictionary<string, string> TranslationEnvironment() => new(BusEnvironment())
    {
        ["State__Path"] = Path.Combine(_dataRoot, "translation"),
    };

    public async Task InitializeAsync()
    {
        _search = new ServiceProcess("Verbatim.Search", SearchEnvironment());
        _translation = new ServiceProcess("Verbatim.Translation", TranslationEnvironment());
        await Task.WhenAll(_search.StartAsync(TimeSpan.FromSeconds(60)), _translation.StartAsync(TimeSpan.FromSeconds(60)));
    }

    /// <summary>Restarts the search service process on the same data directories.</summary>
    internal async Task RestartSearchAsync(bool kill)
    {
        if (kill)
        {
            _search!.Kill();
        }

        await _search!.DisposeAsync();
        _search = new ServiceProcess("Verbatim.Search", SearchEnvironment());
        await _search.StartAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (_translation is not null)
        {
            await _translation.DisposeAsync();
        }

        if (_search is not null)
        {
            await _search.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: temp files.
        }
    }
}
