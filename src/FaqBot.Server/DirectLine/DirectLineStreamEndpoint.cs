using FaqBot.Channels.DirectLine;
using FaqBot.Server.Website;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.DirectLine;

// GET …/stream?t=<stream token>&watermark=W: the WebSocket upgrade and the Origin are checked here; the protocol checks
// the stream token and subscribes, and pumps the accepted socket.
public static class DirectLineStreamEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, string conversationId, string? t, string? watermark,
        DirectLineProtocol protocol, IOptions<WebsiteOptions> website)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(protocol);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("This endpoint needs a WebSocket request.").ToHttpResult();
        }

        if (!IsOriginAllowed(context.Request, website.Value))
        {
            return DirectLineErrors.Forbidden().ToHttpResult();
        }

        var opening = await protocol.OpenStreamAsync(conversationId, t, watermark, context.RequestAborted).ConfigureAwait(false);
        if (!opening.Opened)
        {
            return opening.Error.ToHttpResult();
        }

        using var stream = opening.Stream;
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await protocol.RunStreamAsync(socket, stream, context.RequestAborted).ConfigureAwait(false);
        return Results.Empty;
    }

    // Browsers send Origin on the upgrade and WebSockets skip CORS, so the allowed-origins list is checked here.
    // Non-browser clients send no Origin; they still need the stream token.
    private static bool IsOriginAllowed(HttpRequest request, WebsiteOptions website)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        var self = $"{request.Scheme}://{request.Host}";
        return string.Equals(origin, self, StringComparison.OrdinalIgnoreCase) || website.IsAllowedOrigin(origin);
    }
}
