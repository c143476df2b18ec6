using FaqBot.Storage;
using FaqBot.Tests.Storage.Contract;

namespace FaqBot.Tests.Storage.Sqlite;

public sealed class SqliteEventStoreTests : EventStoreContract
{
    private readonly SqliteTempFolder _temp = new();

    protected override Task<IFaqBotStorage> OpenFreshAsync() => _temp.OpenServerAsync();

    protected override Task<IFaqBotStorage> OpenAgainAsync() => _temp.OpenServerAsync();

    protected override Task DeleteAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
