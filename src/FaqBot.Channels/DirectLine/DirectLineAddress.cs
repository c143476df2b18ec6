using System.Text.Encodings.Web;

namespace FaqBot.Channels.DirectLine;

/// <summary>Where the client reached the endpoint, for the activities' serviceUrl and the streamUrl it is given.</summary>
/// <param name="Scheme">"http" or "https", as the client used (after trusted proxies).</param>
/// <param name="Host">The host and port, as in the request.</param>
/// <param name="PathBase">The path the app is mounted under ("" at the root), escaped.</param>
public sealed record DirectLineAddress(string Scheme, string Host, string PathBase)
{
    /// <summary>The path of the Direct Line 3.0 API under the app.</summary>
    public const string ApiPath = "/v3/directline";

    /// <summary>The serviceUrl stamped on posted activities.</summary>
    public string ServiceUrl => $"{Scheme}://{Host}{PathBase}/";

    /// <summary>The stream URL: ws or wss as the request, the conversation's stream path, the watermark and the stream token.</summary>
    public string StreamUrl(string conversationId, string? watermark, string streamToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(streamToken);
        var scheme = string.Equals(Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
        var path = $"{PathBase}{ApiPath}/conversations/{Uri.EscapeDataString(conversationId)}/stream";
        return $"{scheme}://{Host}{path}?watermark={UrlEncoder.Default.Encode(watermark ?? string.Empty)}&t={UrlEncoder.Default.Encode(streamToken)}";
    }
}
