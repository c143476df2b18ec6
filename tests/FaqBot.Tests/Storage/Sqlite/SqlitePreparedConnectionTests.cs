using System.Text;
using FaqBot.Storage;
using FaqBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FaqBot.Tests.Storage.Sqlite;

public sealed class SqlitePreparedConnectionTests : IDisposable
{
    private readonly SqliteTempFolder _temp = new();
    private readonly SqlitePreparedConnection _db;

    public SqlitePreparedConnectionTests()
    {
        _db = SqlitePreparedConnection.Open(Path.Combine(_temp.Folder, "t.db"), SqliteOpenMode.ReadWriteCreate);
        _db.ExecuteScript("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)");
    }

    public void Dispose()
    {
        _db.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void LibraryVersion_Bundled_SupportsWhatTheStoreUses()
    {
        var version = Version.Parse(_db.ExecuteString("SELECT sqlite_version()")!);

        // Row values (3.15) and WAL read-only readers (3.22) are used; RETURNING (3.35) deliberately is not.
        Assert.True(version >= new Version(3, 22), version.ToString());
        Console.WriteLine($"Bundled SQLite {version}");
    }

    [Fact]
    public void Bind_EachType_ReadsBackTheSame()
    {
        const string text = "Ketamin – Dosis? 日本語 😀 \"quoted\"";
        byte[] blob = [0, 1, 2, 255];

        _db.Execute("INSERT INTO t (i, r, s, b) VALUES (?1, ?2, ?3, ?4)", long.MaxValue, 0.125, text, blob);

        using var select = _db.Query("SELECT i, r, s, b FROM t");
        Assert.True(select.Read());
        Assert.Equal(long.MaxValue, select.GetInt64(0));
        Assert.Equal(0.125, select.GetDouble(1));
        Assert.Equal(text, select.GetString(2));
        Assert.Equal(blob, (byte[])select.GetValue(3));
        Assert.False(select.Read());
    }

    [Fact]
    public void GetOrNull_NullColumns_ReturnNullAndIsNullIsTrue()
    {
        _db.Execute("INSERT INTO t (i, r, s, b) VALUES (?1, ?2, ?3, ?4)", null, null, null, null);

        using var select = _db.Query("SELECT i, r, s, b FROM t");
        select.Read();

        Assert.True(select.IsDBNull(0));
        Assert.True(select.IsDBNull(1));
        Assert.Null(select.GetStringOrNull(2));
        Assert.True(select.IsDBNull(3));
        Assert.Equal(0, _db.ExecuteLong("SELECT i FROM t"));
        Assert.Null(_db.ExecuteString("SELECT s FROM t"));
    }

    [Fact]
    public void GetString_EmptyText_IsEmptyNotNull()
    {
        _db.ExecuteScript("INSERT INTO t (s) VALUES ('')");

        var value = _db.ExecuteString("SELECT s FROM t");

        Assert.Equal("", value);
    }

    [Fact]
    public void KeptStatement_UsedAgain_TakesTheNewValues()
    {
        _db.ExecuteScript("INSERT INTO t (i) VALUES (1), (2)");
        const string Count = "SELECT count(*) FROM t WHERE i = ?1 OR ?1 IS NULL";

        Assert.Equal(1, _db.ExecuteLong(Count, 1L));
        Assert.Equal(2, _db.ExecuteLong(Count, (object?)null));
        Assert.Equal(0, _db.ExecuteLong(Count, 7L));
        Assert.Throws<ArgumentException>(() => _db.ExecuteLong(Count));
    }

    [Fact]
    public void Execute_UniqueViolation_ThrowsSqliteExceptionWithCodes()
    {
        _db.ExecuteScript("CREATE TABLE u (k TEXT PRIMARY KEY); INSERT INTO u VALUES ('a')");

        var ex = Assert.Throws<SqliteException>(() => _db.Execute("INSERT INTO u VALUES ('a')"));

        Assert.Equal(19, ex.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Equal(1555, ex.SqliteExtendedErrorCode); // SQLITE_CONSTRAINT_PRIMARYKEY
        Assert.Same(ex, SqliteErrors.Map(ex, "t.db")); // not a "try later" error
    }

    [Fact]
    public void Step_AfterConstraintError_StatementIsReusable()
    {
        _db.ExecuteScript("CREATE TABLE u (k TEXT PRIMARY KEY)");
        _db.Execute("INSERT INTO u VALUES (?1)", "a");

        Assert.Throws<SqliteException>(() => _db.Execute("INSERT INTO u VALUES (?1)", "a"));
        _db.Execute("INSERT INTO u VALUES (?1)", "b");

        Assert.Equal(2, _db.ExecuteLong("SELECT count(*) FROM u"));
    }

    [Fact]
    public void Prepare_BadSql_ThrowsSqliteExceptionWithSqliteMessage()
    {
        var ex = Assert.Throws<SqliteException>(() => _db.Execute("SELEKT 1"));

        Assert.Equal(1, ex.SqliteErrorCode); // SQLITE_ERROR
        Assert.Contains("syntax error", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transaction_DisposedWithoutCommit_RollsBack()
    {
        using (var transaction = _db.BeginTransaction(immediate: true))
        {
            _db.ExecuteScript("INSERT INTO t (i) VALUES (1)");
        }

        Assert.Equal(0, _db.ExecuteLong("SELECT count(*) FROM t"));
        Assert.False(_db.InTransaction);
    }

    [Fact]
    public void Transaction_Committed_Persists()
    {
        using (var transaction = _db.BeginTransaction(immediate: true))
        {
            _db.ExecuteScript("INSERT INTO t (i) VALUES (1)");
            transaction.Commit();
        }

        Assert.Equal(1, _db.ExecuteLong("SELECT count(*) FROM t"));
    }

    [Fact]
    public void BeginImmediate_WhileAnotherConnectionWrites_MapsToStorageUnavailableNamingFile()
    {
        var path = Path.Combine(_temp.Folder, "t.db");
        using var other = SqlitePreparedConnection.Open(path, SqliteOpenMode.ReadWrite, busyTimeoutMilliseconds: 0);
        using var holding = _db.BeginTransaction(immediate: true);

        var busy = Assert.Throws<SqliteException>(() => other.BeginTransaction(immediate: true));
        var ex = Assert.IsType<StorageUnavailableException>(SqliteErrors.Map(busy, path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("SQLITE_BUSY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFileWithoutCreate_ThrowsStorageUnavailableNamingFile()
    {
        var path = Path.Combine(_temp.Folder, "missing", "none.db");

        var ex = Assert.Throws<StorageUnavailableException>(() => SqlitePreparedConnection.Open(path, SqliteOpenMode.ReadWrite));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_FileIsNotADatabase_ThrowsSqliteException()
    {
        var path = Path.Combine(_temp.Folder, "junk.db");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes(new string('x', 4096)));

        var ex = Assert.Throws<SqliteException>(() =>
        {
            using var junk = SqlitePreparedConnection.Open(path, SqliteOpenMode.ReadWrite);
            junk.ExecuteLong("PRAGMA user_version");
        });

        Assert.Equal(26, ex.SqliteErrorCode); // SQLITE_NOTADB
    }

    [Fact]
    public void Execute_ReadOnlyConnectionWrites_MapsToStorageUnavailable()
    {
        using var reader = SqlitePreparedConnection.Open(Path.Combine(_temp.Folder, "t.db"), SqliteOpenMode.ReadOnly);

        var error = Assert.Throws<SqliteException>(() => reader.Execute("INSERT INTO t (i) VALUES (1)"));

        Assert.IsType<StorageUnavailableException>(SqliteErrors.Map(error, "t.db"));
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
