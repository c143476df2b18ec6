using Npgsql;

namespace FaqBot.Tests.TestSupport.Postgres;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task CreateDatabaseAsync_RunningServer_DatabaseAcceptsQueries()
    {
        await using var server = new PostgresServer();
        await server.StartAsync();

        var connectionString = await server.CreateDatabaseAsync("smoke");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);
        Assert.Equal("smoke", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task RestartAsync_AfterKill_KeepsCommittedDataOnSamePort()
    {
        await using var server = new PostgresServer();
        await server.StartAsync();
        var connectionString = await server.CreateDatabaseAsync("crash") + ";Pooling=false";
        await ExecuteAsync(connectionString, "CREATE TABLE t(x int); INSERT INTO t VALUES (42)");
        var port = server.Port;

        await server.KillAsync();
        Assert.False(server.IsRunning);
        await server.StartAsync();

        Assert.Equal(port, server.Port);
        Assert.Equal(42, await ExecuteAsync(connectionString, "SELECT x FROM t"));
        await server.RestartAsync();
        Assert.Equal(42, await ExecuteAsync(connectionString, "SELECT x FROM t"));
    }

    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
