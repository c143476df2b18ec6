using FaqBot.Storage;
using FaqBot.Storage.Postgres;
using FaqBot.Tests.TestSupport.Postgres;

namespace FaqBot.Tests.Storage.Postgres;

// One fresh database per test on the shared server, for the contract suites.
internal sealed class PostgresContractDatabase(PostgresServer server)
{
    private string? _connectionString;

    public async Task<IFaqBotStorage> OpenFreshAsync()
    {
        _connectionString = await server.CreateUniqueDatabaseAsync("contract");
        return await OpenAgainAsync();
    }

    public Task<IFaqBotStorage> OpenAgainAsync() =>
        PostgresStorage.OpenAsync(_connectionString ?? throw new InvalidOperationException("No database yet."), StorageRole.Server, default);
}
