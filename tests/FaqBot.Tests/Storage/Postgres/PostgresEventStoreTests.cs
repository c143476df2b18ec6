using FaqBot.Storage;
using FaqBot.Tests.Storage.Contract;
using FaqBot.Tests.TestSupport.Postgres;

namespace FaqBot.Tests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEventStoreTests(PostgresFixture fixture) : EventStoreContract
{
    private readonly PostgresContractDatabase _database = new(fixture.Server);

    protected override Task<IFaqBotStorage> OpenFreshAsync() => _database.OpenFreshAsync();

    protected override Task<IFaqBotStorage> OpenAgainAsync() => _database.OpenAgainAsync();
}
