using MassTransit;
using Microsoft.Extensions.Options;
using Verbatim.Messaging;
using Verbatim.ServiceDefaults;
using Verbatim.Search.Extraction;
using Verbatim.Search.Grpc;
using Verbatim.Search.Index;
using Verbatim.Search.Messaging;
using Verbatim.Search.Storage;

namespace Verbatim.Search;

public static class Extensions
{
    public static WebApplicationBuilder AddSearchService(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.AddVerbatimServiceDefaults();

        services.AddOptions<IndexOptions>().Bind(configuration.GetSection(IndexOptions.Section));
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section));
        services.AddOptions<SearchLimits>().Bind(configuration.GetSection(SearchLimits.Section));
        services.AddBusOptions(configuration);

        services.AddSingleton(_ => StatementExtractor.CreateDefault());
        services.AddSingleton<StatementIndex>();
        services.AddSingleton<StatementFeed>();
        services.AddSingleton<DispatchStore>();
        services.AddSingleton<StatementIndexer>();

        var limits = configuration.GetSection(SearchLimits.Section).Get<SearchLimits>() ?? new SearchLimits();
        services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = limits.MaxRequestBytes;
            o.Interceptors.Add<ApiKeyInterceptor>();
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks();

        // Before the bus: consumption resumes only once a lost index has been rebuilt.
        services.AddHostedService<IndexRebuilder>();
        services.AddMassTransit(x =>
        {
            x.AddConsumer<DispatchTranslatedConsumer>();
            x.UsingRabbitMq((context, cfg) =>
            {
                var bus = context.GetRequiredService<IOptions<BusOptions>>().Value;
                cfg.ConfigureVerbatimHost(context);
                cfg.ReceiveEndpoint(bus.SearchQueue, e =>
                {
                    e.ApplySearchQueueSettings(bus);
                    e.PrefetchCount = bus.PrefetchCount;
                    // In-process retry only: Debian's RabbitMQ has no delayed-message plugin. After the
                    // last attempt the message moves to the _error queue with the exception in its headers.
                    e.UseMessageRetry(r =>
                    {
                        r.Ignore<InvalidDispatchException>();
                        r.Exponential(bus.RetryLimit, bus.RetryMinInterval, bus.RetryMaxInterval, bus.RetryMinInterval);
                    });
                    e.ConfigureConsumer<DispatchTranslatedConsumer>(context);
                });
            });
        });
        return builder;
    }

    public static WebApplication MapSearchService(this WebApplication app)
    {
        app.MapGrpcService<StatementSearchService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
