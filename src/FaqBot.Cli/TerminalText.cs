using System.Text;
using System.Text.RegularExpressions;

namespace FaqBot.Cli;

/// <summary>Wraps replies to the terminal's width at spaces, continuing a quote or a numbered suggestion under its text.</summary>
internal static partial class TerminalText
{
    /// <summary>The terminal's width in columns, or 0 (no wrapping) when output goes to a file or a pipe.</summary>
    public static int Width(TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            return 0;
        }

        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0; // no terminal after all
        }
    }

    /// <summary>Each line of <paramref name="text"/> broken at spaces to at most <paramref name="width"/> columns (a word
    /// longer than that, such as a web address, stays whole); width 0 leaves the text as it is.</summary>
    public static string Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (width <= 0)
        {
            return text;
        }

        var result = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            WrapLine(line, width, result);
        }

        return result.ToString(0, Math.Max(0, result.Length - 1));
    }

    private static void WrapLine(string line, int width, StringBuilder result)
    {
        var hanging = new string(' ', Hanging().Match(line).Length);
        var current = new StringBuilder();
        foreach (var word in line.TrimStart(' ').Split(' '))
        {
            var start = current.Length == 0 ? line[..(line.Length - line.TrimStart(' ').Length)] : current.ToString();
            var candidate = current.Length == 0 ? start + word : start + " " + word;
            if (current.Length > 0 && candidate.Length > width && current.ToString().Trim().Length > 0)
            {
                result.Append(current).Append('\n');
                current.Clear().Append(hanging).Append(word);
            }
            else
            {
                current.Clear().Append(candidate);
            }
        }

        result.Append(current).Append('\n');
    }

    // Where continuation lines start: under the text of "  “quote", "  [2] suggestion", "  • item" or "    — source".
    [GeneratedRegex(@"^ *(“|\[\d+\] |• |— )?")]
    private static partial Regex Hanging();
}
