namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>Where the real parts are: the broker started by <c>verbatim.sh test</c> and the built services.</summary>
internal static class TestEnvironment
{
    public static string RabbitHost => Environment.GetEnvironmentVariable("VERBATIM_TEST_RABBITMQ_HOST") ?? "127.0.0.1";

    public static int RabbitPort =>
        int.TryParse(Environment.GetEnvironmentVariable("VERBATIM_TEST_RABBITMQ_PORT"), out var port)
            ? port
            : throw new InvalidOperationException(
                "VERBATIM_TEST_RABBITMQ_PORT is not set: run the end-to-end tests through ./verbatim.sh test, which starts a private RabbitMQ node");

    /// <summary>A vhost with no queues bound, created by verbatim.sh test, for unroutable-publish tests.</summary>
    public const string EmptyVirtualHost = "verbatim-unroutable";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public static string ServiceDll(string project) =>
        Path.Combine(RepositoryRoot, "services", project, "bin", Configuration, "net10.0", project + ".dll");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Microservices.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Microservices.sln)");
    }
}
