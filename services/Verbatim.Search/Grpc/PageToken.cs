using System.Security.Cryptography;
using System.Text;

namespace Verbatim.Search.Grpc;

/// <summary>
/// Opaque page tokens: the offset of the next page bound to a fingerprint of the query, so a token
/// replayed with different filters is rejected instead of returning an unrelated page.
/// </summary>
internal static class PageToken
{
    public static string Create(int offset, string fingerprint) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"v1|{offset}|{fingerprint}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryRead(string token, string fingerprint, out int offset)
    {
        offset = 0;
        try
        {
            var b64 = token.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(b64)).Split('|');
            return parts.Length == 3 && parts[0] == "v1" && parts[2] == fingerprint
                   && int.TryParse(parts[1], out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static string Fingerprint(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))).AsSpan(0, 8));
}
