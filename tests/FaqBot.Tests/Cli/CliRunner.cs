using FaqBot.Cli;

namespace FaqBot.Tests.Cli;

/// <summary>Runs the faqbot command in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new StringReader(input), output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunWithInput("", args);
}
