namespace FaqBot.Server.DirectLine;

public sealed partial class DirectLineService
{
    // Reads at most maxBytes; a larger body is refused with 413 without being read to the end.
    private static async Task<BodyReadResult> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return new BodyReadResult([], DirectLineErrors.TooLarge($"The request body is larger than {maxBytes} bytes."));
        }

        var buffer = new byte[Math.Min(maxBytes + 1, (int?)request.ContentLength + 1 ?? maxBytes + 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return new BodyReadResult([], DirectLineErrors.TooLarge($"The request body is larger than {maxBytes} bytes."));
                }

                Array.Resize(ref buffer, Math.Min(maxBytes + 1, buffer.Length * 2));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return new BodyReadResult(buffer.AsSpan(0, total).ToArray(), null);
    }
}
