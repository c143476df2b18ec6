namespace FaqBot.Tests.TestSupport.Postgres;

/// <summary>One PostgreSQL server shared by the test classes of <see cref="PostgresCollection"/>.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    /// <summary>The shared server; tests must not stop it (those that do start their own).</summary>
    public PostgresServer Server { get; } = new();

    /// <inheritdoc />
    public Task InitializeAsync() => Server.StartAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => Server.DisposeAsync().AsTask();
}
