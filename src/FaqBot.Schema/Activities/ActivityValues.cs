using System.Text.Json;

namespace FaqBot.Schema.Activities;

/// <summary>Builds JsonElement payloads (an activity's or a button's value) without reflection-based serialization.</summary>
public static class ActivityValues
{
    /// <summary>A JSON string.</summary>
    public static JsonElement String(string value)
    {
        using var document = JsonDocument.Parse(JsonEncode(value));
        return document.RootElement.Clone();
    }

    /// <summary>A JSON object of string properties; null values are left out.</summary>
    public static JsonElement Object(params (string Name, string? Value)[] properties)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                if (value is not null)
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static string JsonEncode(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
