using System.Diagnostics;
using FaqBot.Tests.Server;

namespace FaqBot.Tests.Browser;

// Microsoft's own Direct Line client library (botframework-directlinejs, from npm) holds a conversation with our server.
public sealed class DirectLineJsClientTests
{
    [Fact]
    public async Task DirectLineJs_Conversation_GetsEchoAndQuotedReplyOverWebSocket()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var root = FaqBotTestServer.RepositoryRoot;
        var startInfo = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(root, "tests", "FaqBot.Tests", "Browser", "directline-client.cjs"), server.BaseUri.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.Environment["NODE_PATH"] = Path.Combine(root, "src", "FaqBot.Server", "ClientApp", "node_modules");

        using var process = Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"node exited {process.ExitCode}: {output} {errors}");
        Assert.StartsWith("OK ", output, StringComparison.Ordinal);
    }
}
