using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Verbatim.Messaging;

public static class BusExtensions
{
    /// <summary>Binds <see cref="BusOptions"/> from configuration ("Bus" section).</summary>
    public static IServiceCollection AddBusOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BusOptions>().Bind(configuration.GetSection(BusOptions.Section));
        return services;
    }

    /// <summary>Points a MassTransit RabbitMQ bus at the configured broker, with publisher confirms.</summary>
    public static void ConfigureVerbatimHost(this IRabbitMqBusFactoryConfigurator cfg, IBusRegistrationContext context)
    {
        var options = context.GetRequiredService<IOptions<BusOptions>>().Value;
        cfg.Host(options.Host, options.Port, options.VirtualHost, h =>
        {
            h.Username(options.Username);
            h.Password(options.Password);
            // Confirms are what make "OK means durably on the broker" true.
            h.PublisherConfirmation = true;
        });
    }

    /// <summary>Queue arguments both services must agree on, or the second declaration fails.</summary>
    public static void ApplySearchQueueSettings(this IRabbitMqQueueConfigurator queue, BusOptions options)
    {
        queue.Durable = true;
        queue.AutoDelete = false;
        if (options.QuorumQueues)
        {
            queue.SetQuorumQueue();
        }
    }
}
