using System.Diagnostics;
using System.Text;
using RabbitMQ.Client;

namespace Verbatim.EndToEnd.Tests.Infrastructure;

/// <summary>Direct access to the test broker: stop/start it, inspect and feed queues.</summary>
internal static class Broker
{
    public static async Task CtlAsync(string arguments)
    {
        var ctl = Environment.GetEnvironmentVariable("VERBATIM_TEST_RABBITMQCTL")
                  ?? throw new InvalidOperationException("VERBATIM_TEST_RABBITMQCTL is not set: run through ./verbatim.sh test");
        var psi = new ProcessStartInfo("bash", ["-c", $"{ctl} {arguments}"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {arguments} failed: {stderr}");
        }
    }

    public static async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory
        {
            HostName = TestEnvironment.RabbitHost,
            Port = TestEnvironment.RabbitPort,
            UserName = "guest",
            Password = "guest",
        }.CreateConnectionAsync();

    public static async Task<uint> MessageCountAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    /// <summary>Publishes a raw MassTransit JSON envelope straight to a queue, bypassing any validation.</summary>
    public static async Task PublishRawAsync(string queue, string envelopeJson)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true, MessageId = Guid.NewGuid().ToString() };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes(envelopeJson));
    }
}
