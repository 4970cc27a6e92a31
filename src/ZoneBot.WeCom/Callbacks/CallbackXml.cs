using System.Xml;
using System.Xml.Linq;

namespace ZoneBot.WeCom.Callbacks;

/// <summary>Reads WeCom's callback XML safely: no DTD, no external entities, small documents only.</summary>
internal static class CallbackXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 1024 * 1024,
        IgnoreComments = true,
    };

    /// <returns>The root element's children by name; null when it is not well-formed XML.</returns>
    public static IReadOnlyDictionary<string, string>? Fields(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            var root = XElement.Load(reader);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var element in root.Elements())
            {
                fields.TryAdd(element.Name.LocalName, element.Value);
            }
            return fields;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
