namespace FaqBot.Storage;

/// <summary>
/// Files holding patients' messages are for the service user only: the data folder is created 0700 and the database
/// files (with their -wal, -shm and .lock companions) 0600, whatever the umask. On Windows the folder's inherited
/// ACLs apply instead.
/// </summary>
public static class PrivateFiles
{
    /// <summary>rwx for the owner only.</summary>
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>rw for the owner only.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and missing parents) 0700; an existing folder is left as its owner set it.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows() || Directory.Exists(path))
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>
    /// Creates an empty file 0600 if it is missing (SQLite gives its -wal and -shm files the database's mode), and
    /// takes group and other permissions away from those that exist.
    /// </summary>
    public static void Restrict(string path, params string[] companions)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode,
            });
        }

        foreach (var file in companions.Prepend(path).Where(File.Exists))
        {
            var mode = File.GetUnixFileMode(file);
            if ((mode & ~FileMode) != 0)
            {
                File.SetUnixFileMode(file, mode & FileMode);
            }
        }
    }

    /// <summary>Options to open (or create 0600) a file read-write, exclusively.</summary>
    public static FileStreamOptions ExclusiveReadWrite()
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return options;
    }
}
