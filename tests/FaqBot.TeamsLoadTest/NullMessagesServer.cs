using System.Buffers;

namespace FaqBot.TeamsLoadTest;

// The ceiling: a do-nothing POST /api/messages that reads the body and answers 200, no auth, no bot, no reply.
internal static class NullMessagesServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            var buffer = ArrayPool<byte>.Shared.Rent(4096);
            try
            {
                while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
                {
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return Results.Ok();
        });
        await app.RunAsync();
        return 0;
    }
}
