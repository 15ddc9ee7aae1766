using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verbatim.ServiceDefaults;

/// <summary>
/// One check for every kind of call (unary and streaming alike). Health and reflection stay open so
/// orchestrators and grpcurl can probe. Keys are compared in constant time and never logged.
/// </summary>
public sealed partial class ApiKeyInterceptor : Interceptor
{
    private readonly bool _enabled;
    private readonly byte[][] _keyHashes;
    private readonly ILogger<ApiKeyInterceptor> _logger;

    public ApiKeyInterceptor(IOptions<AuthOptions> options, ILogger<ApiKeyInterceptor> logger)
    {
        _enabled = options.Value.Enabled;
        _keyHashes = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(Hash).ToArray();
        _logger = logger;
    }

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(requestStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Authenticate(ServerCallContext context)
    {
        if (!_enabled || IsOpen(context.Method))
        {
            return;
        }

        var key = context.RequestHeaders.GetValue("x-api-key");
        if (key is null && context.RequestHeaders.GetValue("authorization") is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            key = authorization["Bearer ".Length..].Trim();
        }

        if (string.IsNullOrEmpty(key))
        {
            LogRejected(context.Method, "no credentials", context.Peer);
            throw new RpcException(new Status(StatusCode.Unauthenticated, "missing API key: send it as 'x-api-key' or 'authorization: Bearer …' metadata"));
        }

        var hash = Hash(key);
        var match = false;
        foreach (var known in _keyHashes)
        {
            // No early exit: the time taken does not reveal which key (if any) matched.
            match |= CryptographicOperations.FixedTimeEquals(known, hash);
        }

        if (!match)
        {
            LogRejected(context.Method, "unknown key", context.Peer);
            throw new RpcException(new Status(StatusCode.Unauthenticated, "invalid API key"));
        }
    }

    private static bool IsOpen(string method) =>
        method.StartsWith("/grpc.health.v1.Health/", StringComparison.Ordinal)
        || method.StartsWith("/grpc.reflection.", StringComparison.Ordinal);

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Method} from {Peer}: {Reason}")]
    private partial void LogRejected(string method, string reason, string peer);
}
