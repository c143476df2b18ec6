using System.Text.Json;

namespace FaqBot.TeamsLoadTest;

// Reads only the top-level "type" of an activity body: the mock Connector runs in the benchmark's own process on
// the same 2 cores as the server, so it must not spend a full parse on every reply.
internal static class ActivityTypeReader
{
    public static string? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (isType)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
