using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace FaqBot.Channels.BotFramework.Authentication;

/// <summary>
/// Fetches the OpenID metadata and key set through IdentityModel's retriever and says in FaqBot's log when that
/// fails: the configuration manager then keeps the last good keys, and the operator should know why.
/// </summary>
internal sealed partial class LoggingDocumentRetriever(IDocumentRetriever inner, ILogger logger) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        try
        {
            return await inner.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            LogRefreshFailed(ex.GetType().Name, address);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Framework signing key refresh failed ({Failure}) fetching {Address}; keeping the cached keys")]
    private partial void LogRefreshFailed(string failure, string address);
}
