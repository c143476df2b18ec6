namespace FaqBot.Cli;

/// <summary>A command line: the command, its positional arguments and its --options.</summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Flags = ["--json", "--explain", "--force", "-v", "--verbose", "--help", "-h", "--no-snapshot", "--no-embeddings", "--diagnose", "--no-gate", "--fused"];

    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArguments(string command) => Command = command;

    public string Command { get; }

    public List<string> Positional { get; } = [];

    public static CliArguments Parse(string[] args)
    {
        if (args.Length == 0)
        {
            return new CliArguments("help");
        }

        var parsed = new CliArguments(args[0]);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (Flags.Contains(arg))
            {
                parsed._flags.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('='))
            {
                var eq = arg.IndexOf('=');
                parsed._options[arg[..eq]] = arg[(eq + 1)..];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Length)
                {
                    throw new CliException($"option {arg} needs a value", 2);
                }

                parsed._options[arg] = args[++i];
            }
            else
            {
                parsed.Positional.Add(arg);
            }
        }

        return parsed;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Get(string option) => _options.GetValueOrDefault(option);

    public int GetInt(string option, int fallback)
    {
        var value = Get(option);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, out var n) && n > 0 ? n : throw new CliException($"{option} must be a positive whole number, not '{value}'", 2);
    }

    public double GetDouble(string option, double fallback)
    {
        var value = Get(option);
        if (value is null)
        {
            return fallback;
        }

        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x) && x is > 0 and <= 1
            ? x : throw new CliException($"{option} must be a number in (0, 1], not '{value}'", 2);
    }

    /// <summary>Fails on options the command does not know, so a typo is not silently ignored.</summary>
    public void AllowOnly(params string[] known)
    {
        var unknown = _options.Keys.Concat(_flags).FirstOrDefault(o => !known.Contains(o) && o is not ("--kb" or "--config" or "--no-embeddings"));
        if (unknown is not null)
        {
            throw new CliException($"'{Command}' does not take {unknown} (see 'faqbot help')", 2);
        }
    }
}
