using FaqBot.Channels.DirectLine;

namespace FaqBot.Server.DirectLine;

// What of an HTTP request the Direct Line protocol reads: plain values, so the protocol never sees HttpContext.
public static class DirectLineRequest
{
    // Null when the request has no Authorization header (a token request without credentials); an empty header is
    // not the same: it is refused as missing.
    public static string? Authorization(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null;
    }

    public static DirectLineAddress Address(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DirectLineAddress(request.Scheme, request.Host.ToString(), request.PathBase.ToString());
    }

    public static DirectLineBody Body(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DirectLineBody(request.Body, request.ContentLength);
    }
}
