using System.Globalization;
using System.Text;

namespace FaqBot.Storage.Sqlite;

/// <summary>
/// Claims a database for one server process: an exclusive lock on "FILE.lock" beside it, held until disposed and
/// released by the operating system if the process dies. SQLite's own locks allow several writers taking turns,
/// which would let two servers hand out the same conversations' watermarks; this lock prevents that.
/// </summary>
internal sealed class SqliteServerLock : IDisposable
{
    private readonly FileStream _stream;

    private SqliteServerLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>The lock file of <paramref name="databasePath"/>.</summary>
    public static string LockPath(string databasePath) => databasePath + ".lock";

    /// <summary>Takes the lock, or throws <see cref="StorageUnavailableException"/> when another process holds it.</summary>
    public static SqliteServerLock Acquire(string databasePath)
    {
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive, non-blocking OS lock (flock on Unix); it is not deleted on close, since
            // deleting a lock file races with the next process opening it.
            stream = new FileStream(LockPath(databasePath), PrivateFiles.ExclusiveReadWrite());
        }
        catch (IOException ex) when (ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            throw new StorageUnavailableException(
                $"Another FaqBot server is using {databasePath}. SQLite serves one server process; for several replicas set Storage:PostgreSql.", ex);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new StorageUnavailableException(
                $"Cannot create the lock file {LockPath(databasePath)} beside the SQLite database: {ex.Message} Check Storage:DataFolder and its permissions.", ex);
        }

        try
        {
            // Who holds it, for whoever looks at the folder.
            var text = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"FaqBot server, process {Environment.ProcessId}\n"));
            stream.SetLength(0);
            stream.Write(text);
            stream.Flush();
        }
        catch (IOException)
        {
            // The lock is what matters, not its text.
        }

        return new SqliteServerLock(stream);
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}
