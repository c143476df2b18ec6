using System.Diagnostics;
using System.Globalization;

namespace FaqBot.Tests.TestSupport.Postgres;

/// <summary>Finds and runs the PostgreSQL server programs (as the postgres user when we are root).</summary>
internal static class PostgresBinaries
{
    public const int SigKill = 9;
    public const int SigInt = 2;

    private const string Root = "/usr/lib/postgresql";
    private const string ServerUser = "postgres";

    private static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <summary>The bin folder of the newest version under /usr/lib/postgresql that has initdb and postgres.</summary>
    public static string FindBinDirectory()
    {
        var found = Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(dir => (Version: int.TryParse(Path.GetFileName(dir).Split('.')[0], out var v) ? v : -1, Bin: Path.Combine(dir, "bin")))
                .Where(d => File.Exists(Path.Combine(d.Bin, "initdb")) && File.Exists(Path.Combine(d.Bin, "postgres")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql; .ci/run installs them (apt-get install postgresql)");
    }

    /// <summary>Starts <paramref name="program"/>, its output going to <paramref name="log"/>.</summary>
    public static Process Start(string binDirectory, string program, IReadOnlyList<string> arguments, PostgresLog log)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot)
        {
            info.FileName = "runuser";
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(ServerUser);
            info.ArgumentList.Add("--");
        }

        var path = Path.Combine(binDirectory, program);
        if (IsRoot)
        {
            info.ArgumentList.Add(path);
        }
        else
        {
            info.FileName = path;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => log.Add(e.Data);
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>As root: hands <paramref name="directory"/> (recursively) to the postgres user.</summary>
    public static void GiveToServerUser(string directory)
    {
        if (!IsRoot)
        {
            return;
        }

        using var chown = Process.Start("chown", ["-R", ServerUser + ":", directory]);
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown -R {ServerUser} {directory} failed with exit code {chown.ExitCode}");
        }
    }

    /// <summary>Sends a signal; a process already gone is fine.</summary>
    public static void Signal(int pid, int signal)
    {
        using var kill = Process.Start("kill", ["-" + signal.ToString(CultureInfo.InvariantCulture), pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The pids whose parent is <paramref name="pid"/> (from /proc).</summary>
    public static IReadOnlyList<int> ChildrenOf(int pid)
    {
        var children = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var candidate))
            {
                continue;
            }

            try
            {
                // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so parse after the last ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == pid)
                {
                    children.Add(candidate);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return children;
    }
}
