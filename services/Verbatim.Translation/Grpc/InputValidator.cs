using Grpc.Core;

namespace Verbatim.Translation.Grpc;

/// <summary>Rejects unusable dispatch text with a precise INVALID_ARGUMENT before any work starts.</summary>
internal static class InputValidator
{
    public static void ValidateText(string text, LimitsOptions limits)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid("text is empty: send the dispatch as UTF-8 text");
        }

        if (text.Length > limits.MaxDispatchChars)
        {
            throw Invalid($"text is {text.Length} characters long; the limit is {limits.MaxDispatchChars}");
        }

        var control = 0;
        var replacement = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                replacement++;
            }
            else if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                control++;
            }
        }

        // Binary or mis-decoded input: the story would be garbage in every later stage.
        if (control + replacement > Math.Max(8, text.Length / 100))
        {
            throw Invalid("text looks binary or mis-decoded (control or U+FFFD characters); send UTF-8 text");
        }
    }

    public static void ValidateSourceId(string sourceId, LimitsOptions limits)
    {
        if (string.IsNullOrWhiteSpace(sourceId))
        {
            throw Invalid("source_id is required: identify the feed item this dispatch comes from");
        }

        if (sourceId.Length > limits.MaxSourceIdChars)
        {
            throw Invalid($"source_id is {sourceId.Length} characters long; the limit is {limits.MaxSourceIdChars}");
        }
    }

    public static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
