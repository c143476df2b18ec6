using Npgsql;

namespace FaqBot.Storage.Postgres;

/// <summary>The tables, as ordered migrations recorded in schema_version.</summary>
internal static class PostgresSchema
{
    /// <summary>The schema version this build writes.</summary>
    public static int CurrentVersion => Migrations.Length;

    // Any constant: replicas starting together queue on this lock, so only one migrates and the others see its result.
    private const long MigrationLockKey = 0x46_61_71_42_6F_74_31; // "FaqBot1"

    // Index i brings the schema from version i to i + 1. Never edit a released migration: add a new one.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE conversations (
            id text PRIMARY KEY,
            user_id text NOT NULL,
            created_at timestamptz NOT NULL,
            last_active_at timestamptz NOT NULL,
            last_seq bigint NOT NULL DEFAULT 0,
            last_timestamp timestamptz NULL,
            first_kept_seq bigint NOT NULL DEFAULT 1
        );
        CREATE INDEX conversations_last_active_at ON conversations (last_active_at);
        CREATE TABLE activities (
            conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            seq bigint NOT NULL,
            timestamp timestamptz NOT NULL,
            json json NOT NULL,
            PRIMARY KEY (conversation_id, seq)
        );
        CREATE TABLE answer_events (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL,
            channel text NULL,
            conversation_id text NULL,
            activity_id text NULL,
            question text NULL,
            kind text NOT NULL,
            confidence double precision NOT NULL,
            top_score double precision NOT NULL,
            quote_count integer NOT NULL,
            sources text NOT NULL
        );
        CREATE INDEX answer_events_at ON answer_events (at);
        CREATE INDEX answer_events_abstained ON answer_events (at) INCLUDE (question) WHERE kind = 'abstain';
        CREATE TABLE feedback_events (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL,
            conversation_id text NULL,
            answer_to text NULL,
            rating text NOT NULL
        );
        CREATE INDEX feedback_events_at ON feedback_events (at);
        CREATE TABLE settings (
            name text PRIMARY KEY,
            value text NOT NULL
        );
        """,
    ];

    /// <summary>
    /// Server role: creates or upgrades the tables in one transaction under an advisory lock. Tool role: only checks the
    /// version. A database written by a newer FaqBot is refused either way.
    /// </summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, StorageRole role, string description, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (role == StorageRole.Server)
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken).ConfigureAwait(false);

            // The schema is written once: always wait for the disk, whatever Storage:SyncEveryCommit says for messages.
            await ExecuteAsync(connection, "SET LOCAL synchronous_commit = on", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)", cancellationToken).ConfigureAwait(false);
        }

        var version = await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (version > CurrentVersion)
        {
            throw new StorageConfigurationException(
                $"{description} has schema version {version}, written by a newer FaqBot; this build knows up to version {CurrentVersion}. Upgrade FaqBot.");
        }

        if (role == StorageRole.Tool)
        {
            if (version != CurrentVersion)
            {
                throw new StorageUnavailableException(
                    $"{description} has schema version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, not {CurrentVersion}: start the FaqBot server once to create or upgrade it.");
            }

            return;
        }

        for (var next = version ?? 0; next < CurrentVersion; next++)
        {
            await ExecuteAsync(connection, Migrations[next], cancellationToken).ConfigureAwait(false);
        }

        if (version != CurrentVersion)
        {
            await ExecuteAsync(connection, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({CurrentVersion})", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int?> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN NULL ELSE -1 END", connection);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is DBNull or null)
        {
            return null;
        }

        command.CommandText = "SELECT max(version) FROM schema_version";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int version ? version : null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
