using Grpc.Core;
using Grpc.Core.Interceptors;
using Verbatim.Translation.Messaging;
using Verbatim.Translation.Translation;

namespace Verbatim.Translation.Grpc;

/// <summary>
/// Turns pipeline failures into precise gRPC statuses. Dependencies that are down (broker, engine) are
/// UNAVAILABLE so clients retry; nothing was accepted in that case.
/// </summary>
public sealed partial class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (Map(ex, context) is { } status)
        {
            throw new RpcException(status);
        }
    }

    private Status? Map(Exception ex, ServerCallContext context)
    {
        switch (ex)
        {
            case RpcException:
                return null;
            case BrokerUnavailableException:
            case TranslationUnavailableException:
                LogUnavailable(context.Method, ex.Message, ex);
                return new Status(StatusCode.Unavailable, ex.Message);
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new Status(StatusCode.Cancelled, "the call was cancelled by the client");
            default:
                LogUnexpected(context.Method, ex);
                return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} failed: dependency unavailable ({Reason})")]
    private partial void LogUnavailable(string method, string reason, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} failed unexpectedly")]
    private partial void LogUnexpected(string method, Exception exception);
}
