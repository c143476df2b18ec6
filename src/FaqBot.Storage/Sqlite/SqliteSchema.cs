namespace FaqBot.Storage.Sqlite;

/// <summary>
/// The tables, versioned with <c>PRAGMA user_version</c>: migration n takes a database from version n - 1 to n.
/// Add new migrations at the end; never edit one that has shipped. Times are unix milliseconds (UTC).
/// The statistics read only indexes: per day and kind from answer_events_day_kind (a covering index already in
/// GROUP BY order, so no sorting of a million rows), the review list from the partial answer_events_abstained.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The migrations, in order; the current version is their count.</summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: conversations (Direct Line), the event log, settings.
        """
        CREATE TABLE conversations (
            id TEXT NOT NULL PRIMARY KEY,
            user_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            last_active_at INTEGER NOT NULL,
            last_seq INTEGER NOT NULL DEFAULT 0,
            last_timestamp INTEGER NULL
        );

        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            timestamp INTEGER NOT NULL,
            json TEXT NOT NULL,
            UNIQUE (conversation_id, seq)
        );

        CREATE TABLE answer_events (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            channel TEXT NULL,
            conversation_id TEXT NULL,
            activity_id TEXT NULL,
            question TEXT NULL,
            kind TEXT NOT NULL,
            confidence REAL NOT NULL,
            top_score REAL NOT NULL,
            quote_count INTEGER NOT NULL,
            sources TEXT NOT NULL
        );
        CREATE INDEX answer_events_at ON answer_events (at);
        CREATE INDEX answer_events_day_kind ON answer_events (at / 86400000, kind, at);
        CREATE INDEX answer_events_abstained ON answer_events (question, at) WHERE kind = 'abstain';

        CREATE TABLE feedback_events (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            conversation_id TEXT NULL,
            answer_to TEXT NULL,
            rating TEXT NOT NULL
        );
        CREATE INDEX feedback_events_at ON feedback_events (at);
        CREATE INDEX feedback_events_day_rating ON feedback_events (at / 86400000, rating, at);

        CREATE TABLE settings (
            name TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ];

    /// <summary>The schema version this FaqBot writes.</summary>
    public static int CurrentVersion => Migrations.Count;

    /// <summary>Brings the database to <see cref="CurrentVersion"/> in one transaction; refuses a newer one.</summary>
    public static void Migrate(SqlitePreparedConnection database)
    {
        using var transaction = database.BeginTransaction(immediate: true);
        var version = (int)database.ExecuteLong("PRAGMA user_version");
        EnsureNotNewer(database.Path, version);
        for (var next = version + 1; next <= CurrentVersion; next++)
        {
            database.ExecuteScript(Migrations[next - 1]);
        }

        if (version != CurrentVersion)
        {
            database.ExecuteScript($"PRAGMA user_version = {CurrentVersion}");
        }

        transaction.Commit();
    }

    /// <summary>For a tool, which never migrates: throws unless the database is at <see cref="CurrentVersion"/>.</summary>
    public static void EnsureCurrent(SqlitePreparedConnection database)
    {
        var version = (int)database.ExecuteLong("PRAGMA user_version");
        EnsureNotNewer(database.Path, version);
        if (version != CurrentVersion)
        {
            throw new StorageUnavailableException(
                $"The SQLite database {database.Path} has schema version {version}; this FaqBot uses version {CurrentVersion}. Start the FaqBot server once to bring it up to date, then run the tool again.");
        }
    }

    private static void EnsureNotNewer(string path, int version)
    {
        if (version > CurrentVersion)
        {
            throw new StorageUnavailableException(
                $"The SQLite database {path} was written by a newer FaqBot (schema version {version}; this one knows up to {CurrentVersion}). Run that newer FaqBot, or point Storage:DataFolder/Storage:SqliteFile at another file.");
        }
    }
}
