using FaqBot.Storage;

namespace FaqBot.Server.Startup;

// What the start-up sequence's storage steps produced: the open database and the token signing key kept in it.
// Registration only registers; the services that use the database resolve it from here once it is open.
public sealed class OpenedStorage
{
    private IFaqBotStorage? _storage;

    public IFaqBotStorage Storage =>
        _storage ?? throw new InvalidOperationException("The database is used before the start-up sequence opened it.");

    // Null: DirectLine:TokenSigningKey is configured, or there is no database to keep one in.
    public string? SigningKey { get; private set; }

    internal void Opened(IFaqBotStorage storage) => _storage = storage;

    internal void SigningKeyLoaded(string key) => SigningKey = key;
}
