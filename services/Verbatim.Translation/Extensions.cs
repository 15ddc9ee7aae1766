using MassTransit;
using Microsoft.Extensions.Options;
using Verbatim.Contracts;
using Verbatim.Messaging;
using Verbatim.ServiceDefaults;
using Verbatim.Translation.Grpc;
using Verbatim.Translation.Idempotency;
using Verbatim.Translation.Messaging;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation;

public static class Extensions
{
    public static WebApplicationBuilder AddTranslationService(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.AddVerbatimServiceDefaults();

        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.Section));
        services.AddOptions<StateOptions>().Bind(configuration.GetSection(StateOptions.Section));
        services.AddBusOptions(configuration);

        services.AddSingleton(TimeProvider.System);
        services.AddTranslationEngines(configuration);
        services.AddSingleton<DispatchTranslator>();
        services.AddSingleton<DispatchPublisher>();
        services.AddSingleton<AcceptedDispatchStore>();

        var limits = configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = limits.MaxRequestBytes;
            o.Interceptors.Add<ApiKeyInterceptor>();
            o.Interceptors.Add<ErrorMappingInterceptor>();
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks();

        services.AddMassTransit(x =>
        {
            x.UsingRabbitMq((context, cfg) =>
            {
                var bus = context.GetRequiredService<IOptions<BusOptions>>().Value;
                cfg.ConfigureVerbatimHost(context);
                if (bus.DeclareSearchQueue)
                {
                    cfg.Publish<DispatchTranslated>(p =>
                    {
                        // Declare and bind the search service's queue from this side too, so events
                        // published before that service first starts wait in its queue.
                        p.BindQueue(p.Exchange.ExchangeName, bus.SearchQueue, q => q.ApplySearchQueueSettings(bus));
                    });
                }
            });
        });
        return builder;
    }

    public static WebApplication MapTranslationService(this WebApplication app)
    {
        app.MapGrpcService<TranslationGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
