using System.Text;
using FaqBot.Core.Strings;
using Microsoft.AspNetCore.WebUtilities;

namespace FaqBot.Server.Logging;

// A URL as it may be logged: credentials in the query string (the stream token t=, and any token, secret, key, code,
// signature or password parameter) replaced by "redacted", the rest made inert and bounded like any logged value.
public static class UrlRedaction
{
    public const string Redacted = "redacted";
    private const int MaxLength = 300;

    private static readonly string[] SecretNames = ["t", "token", "access_token", "id_token", "secret", "key", "code", "sig", "signature", "password"];

    public static string PathAndQuery(PathString path, QueryString query)
    {
        var sb = new StringBuilder(path.ToString());
        if (query.HasValue)
        {
            var separator = '?';
            foreach (var (name, values) in QueryHelpers.ParseQuery(query.Value))
            {
                foreach (var value in values)
                {
                    sb.Append(separator).Append(Uri.EscapeDataString(name)).Append('=')
                        .Append(IsSecret(name) ? Redacted : Uri.EscapeDataString(value ?? string.Empty));
                    separator = '&';
                }
            }
        }

        return InertText.OneLine(sb.ToString(), MaxLength);
    }

    public static bool IsSecret(string name) => SecretNames.Contains(name, StringComparer.OrdinalIgnoreCase);
}
