using FaqBot.Storage;

namespace FaqBot.Tests.Storage.Contract;

// What every store's contract tests share: a fresh, empty database per test, and a way to close and reopen it.
public abstract class StorageContract : IAsyncLifetime
{
    private IFaqBotStorage? _storage;

    protected IFaqBotStorage Storage => _storage ?? throw new InvalidOperationException("Not initialised.");

    // A new, empty, migrated database (a temp SQLite file, a fresh PostgreSQL database).
    protected abstract Task<IFaqBotStorage> OpenFreshAsync();

    // The same database as the last OpenFreshAsync, opened again (after the previous handle was disposed).
    protected abstract Task<IFaqBotStorage> OpenAgainAsync();

    // Whether what was stored is there again after ReopenAsync (false for Memory: a new store starts empty, as the
    // server does after a restart).
    protected virtual bool KeepsDataAcrossReopen => true;

    // Deletes what OpenFreshAsync created.
    protected virtual Task DeleteAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => _storage = await OpenFreshAsync();

    public async Task DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        await DeleteAsync();
    }

    // Closes the database and opens it again: what a restart does.
    protected async Task ReopenAsync()
    {
        await Storage.DisposeAsync();
        _storage = null;
        _storage = await OpenAgainAsync();
    }
}
