using System.Text.RegularExpressions;
using FaqBot.Bot.Teams;

namespace FaqBot.Cli.Commands;

/// <summary><c>faqbot teams-package --app-id GUID --host HOST [--out FILE] [--name NAME]</c>: writes the Teams app zip.</summary>
internal static partial class TeamsPackageCommand
{
    public const string DefaultOut = "faqbot-teams.zip";

    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly("--app-id", "--host", "--out", "--name");
        if (args.Positional.Count > 0)
        {
            throw new CliException($"teams-package takes no positional arguments (got '{args.Positional[0]}')", 2);
        }

        var appId = args.Get("--app-id") ?? throw new CliException("teams-package needs --app-id (the bot's Microsoft App ID, a GUID)", 2);
        if (!Guid.TryParseExact(appId, "D", out _))
        {
            throw new CliException($"--app-id must be a GUID such as 6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b, not '{appId}'", 2);
        }

        var host = args.Get("--host") ?? throw new CliException("teams-package needs --host (the public host name of the FaqBot server)", 2);
        if (!HostPattern().IsMatch(host))
        {
            throw new CliException($"--host must be a bare host name such as faq.example-clinic.org (no scheme, path or port), not '{host}'", 2);
        }

        var name = args.Get("--name");
        if (name is not null && name.Trim().Length is 0 or > 30)
        {
            throw new CliException("--name must be 1–30 characters", 2);
        }

        var options = name is null
            ? new TeamsAppPackageOptions { AppId = appId, Host = host }
            : new TeamsAppPackageOptions { AppId = appId, Host = host, Name = name.Trim() };
        var path = Path.GetFullPath(args.Get("--out") ?? DefaultOut);
        Write(path, options);
        output.WriteLine($"wrote {path} (manifest {TeamsAppPackage.ManifestVersion}, bot {appId}, host {host})");
        output.WriteLine("upload it in Teams: Apps > Manage your apps > Upload an app (or Teams admin center > Manage apps > Upload)");
        return 0;
    }

    private static void Write(string path, TeamsAppPackageOptions options)
    {
        // Written beside the target and moved into place, so a failed run never leaves half a zip.
        var temp = path + ".tmp";
        try
        {
            using (var file = File.Create(temp))
            {
                TeamsAppPackage.Write(file, options);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            File.Delete(temp);
            throw new CliException($"cannot write {path}: {ex.Message}", ex is ArgumentException ? 2 : 1);
        }
    }

    // A DNS name only: labels of letters, digits and inner hyphens; Teams' validDomains wants no scheme, path or port.
    [GeneratedRegex(@"^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")]
    private static partial Regex HostPattern();
}
