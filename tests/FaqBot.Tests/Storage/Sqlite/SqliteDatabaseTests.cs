using System.Text;
using FaqBot.Storage;
using FaqBot.Storage.Sqlite;

namespace FaqBot.Tests.Storage.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly SqliteTempFolder _temp = new();
    private readonly SqliteDatabase _db;

    public SqliteDatabaseTests()
    {
        _db = SqliteDatabase.Open(Path.Combine(_temp.Folder, "t.db"), SqliteOpenMode.ReadWriteCreate);
        _db.Execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)");
    }

    public void Dispose()
    {
        _db.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void LibraryVersion_Bundled_SupportsWhatTheStoreUses()
    {
        var number = SqliteDatabase.LibraryVersionNumber;

        // Row values (3.15) and WAL read-only readers (3.22) are used; RETURNING (3.35) deliberately is not.
        Assert.True(number >= 3_022_000, SqliteDatabase.LibraryVersion);
        Assert.StartsWith("3.", SqliteDatabase.LibraryVersion, StringComparison.Ordinal);
        Console.WriteLine($"Bundled SQLite {SqliteDatabase.LibraryVersion}");
    }

    [Fact]
    public void Bind_EachType_ReadsBackTheSame()
    {
        const string text = "Ketamin – Dosis? 日本語 😀 \"quoted\"";
        byte[] blob = [0, 1, 2, 255];

        using (var insert = _db.Prepare("INSERT INTO t (i, r, s, b) VALUES (?1, ?2, ?3, ?4)"))
        {
            insert.Bind(1, long.MaxValue).Bind(2, 0.125).Bind(3, text).Bind(4, blob).Execute();
        }

        using var select = _db.Prepare("SELECT i, r, s, b FROM t");
        Assert.True(select.Step());
        Assert.Equal(long.MaxValue, select.GetInt64(0));
        Assert.Equal(0.125, select.GetDouble(1));
        Assert.Equal(text, select.GetString(2));
        Assert.Equal(blob, select.GetBlobOrNull(3));
        Assert.False(select.Step());
    }

    [Fact]
    public void GetOrNull_NullColumns_ReturnNullAndIsNullIsTrue()
    {
        using (var insert = _db.Prepare("INSERT INTO t (i, r, s, b) VALUES (?1, ?2, ?3, ?4)"))
        {
            insert.Bind(1, (long?)null).BindNull(2).Bind(3, (string?)null).BindNull(4).Execute();
        }

        using var select = _db.Prepare("SELECT i, r, s, b FROM t");
        select.Step();

        Assert.True(select.IsNull(0));
        Assert.Null(select.GetInt64OrNull(0));
        Assert.True(select.IsNull(1));
        Assert.Null(select.GetStringOrNull(2));
        Assert.Null(select.GetBlobOrNull(3));
        Assert.Throws<InvalidOperationException>(() => select.GetString(2));
    }

    [Fact]
    public void GetString_EmptyText_IsEmptyNotNull()
    {
        _db.Execute("INSERT INTO t (s) VALUES ('')");

        var value = _db.ExecuteString("SELECT s FROM t");

        Assert.Equal("", value);
    }

    [Fact]
    public void PrepareCached_AfterDispose_IsResetWithBindingsCleared()
    {
        _db.Execute("INSERT INTO t (i) VALUES (1), (2)");
        using (var first = _db.PrepareCached("SELECT count(*) FROM t WHERE i = ?1 OR ?1 IS NULL"))
        {
            first.Bind(1, 1L).Step();
            Assert.Equal(1, first.GetInt64(0));
        }

        using var second = _db.PrepareCached("SELECT count(*) FROM t WHERE i = ?1 OR ?1 IS NULL");
        Assert.True(second.Step());

        Assert.Equal(2, second.GetInt64(0));
    }

    [Fact]
    public void Execute_UniqueViolation_ThrowsSqliteExceptionWithCodes()
    {
        _db.Execute("CREATE TABLE u (k TEXT PRIMARY KEY); INSERT INTO u VALUES ('a')");

        var ex = Assert.Throws<SqliteException>(() => _db.Execute("INSERT INTO u VALUES ('a')"));

        Assert.Equal(19, ex.Code); // SQLITE_CONSTRAINT
        Assert.Equal(1555, ex.ExtendedCode); // SQLITE_CONSTRAINT_PRIMARYKEY
        Assert.Contains("t.db", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_AfterConstraintError_StatementIsReusable()
    {
        _db.Execute("CREATE TABLE u (k TEXT PRIMARY KEY)");
        using var insert = _db.PrepareCached("INSERT INTO u VALUES (?1)");
        insert.Bind(1, "a").Execute();

        Assert.Throws<SqliteException>(() => insert.Bind(1, "a").Execute());
        insert.Bind(1, "b").Execute();

        Assert.Equal(2, _db.ExecuteLong("SELECT count(*) FROM u"));
    }

    [Fact]
    public void Prepare_BadSql_ThrowsSqliteExceptionWithSqliteMessage()
    {
        var ex = Assert.Throws<SqliteException>(() => _db.Prepare("SELEKT 1"));

        Assert.Equal(1, ex.Code); // SQLITE_ERROR
        Assert.Contains("syntax error", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transaction_DisposedWithoutCommit_RollsBack()
    {
        using (var transaction = _db.BeginTransaction(immediate: true))
        {
            _db.Execute("INSERT INTO t (i) VALUES (1)");
        }

        Assert.Equal(0, _db.ExecuteLong("SELECT count(*) FROM t"));
        Assert.False(_db.InTransaction);
    }

    [Fact]
    public void Transaction_Committed_Persists()
    {
        using (var transaction = _db.BeginTransaction(immediate: true))
        {
            _db.Execute("INSERT INTO t (i) VALUES (1)");
            transaction.Commit();
        }

        Assert.Equal(1, _db.ExecuteLong("SELECT count(*) FROM t"));
    }

    [Fact]
    public void BeginImmediate_WhileAnotherConnectionWrites_ThrowsStorageUnavailableNamingFile()
    {
        var path = Path.Combine(_temp.Folder, "t.db");
        using var other = SqliteDatabase.Open(path, SqliteOpenMode.ReadWrite, busyTimeoutMilliseconds: 0);
        using var holding = _db.BeginTransaction(immediate: true);

        var ex = Assert.Throws<StorageUnavailableException>(() => other.BeginTransaction(immediate: true));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("SQLITE_BUSY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFileWithoutCreate_ThrowsStorageUnavailableNamingFile()
    {
        var path = Path.Combine(_temp.Folder, "missing", "none.db");

        var ex = Assert.Throws<StorageUnavailableException>(() => SqliteDatabase.Open(path, SqliteOpenMode.ReadWrite));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_FileIsNotADatabase_ThrowsSqliteException()
    {
        var path = Path.Combine(_temp.Folder, "junk.db");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes(new string('x', 4096)));
        using var junk = SqliteDatabase.Open(path, SqliteOpenMode.ReadWrite);

        var ex = Assert.Throws<SqliteException>(() => junk.ExecuteLong("PRAGMA user_version"));

        Assert.Equal(26, ex.Code); // SQLITE_NOTADB
    }

    [Fact]
    public void Execute_ReadOnlyConnectionWrites_ThrowsStorageUnavailable()
    {
        using var reader = SqliteDatabase.Open(Path.Combine(_temp.Folder, "t.db"), SqliteOpenMode.ReadOnly);

        Assert.Throws<StorageUnavailableException>(() => reader.Execute("INSERT INTO t (i) VALUES (1)"));
    }

    [Theory]
    [InlineData(5, true)] // BUSY
    [InlineData(6, true)] // LOCKED
    [InlineData(8, true)] // READONLY
    [InlineData(10, true)] // IOERR
    [InlineData(10 | (4 << 8), true)] // IOERR_FSYNC
    [InlineData(13, true)] // FULL
    [InlineData(14, true)] // CANTOPEN
    [InlineData(1, false)] // ERROR
    [InlineData(11, false)] // CORRUPT
    [InlineData(19, false)] // CONSTRAINT
    [InlineData(26, false)] // NOTADB
    public void IsUnavailable_ResultCode_TellsWhetherRetryingMayHelp(int code, bool expected)
    {
        var unavailable = SqliteErrors.IsUnavailable(code);

        Assert.Equal(expected, unavailable);
    }
}
