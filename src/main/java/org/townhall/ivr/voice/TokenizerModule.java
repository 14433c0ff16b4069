package org.townhall.ivr.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.datatypes.MaryXML;
import marytts.modules.InternalModule;
import marytts.util.MaryUtils;
import marytts.util.dom.DomUtils;
import marytts.util.dom.MaryDomUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.NodeIterator;

/**
 * MaryTTS module RAWMARYXML → TOKENS that replaces MaryTTS's JTokeniser, whose library (JTok) is not on Maven Central.
 * Registered per locale through the {@code modules.classes.list} system property, which MaryTTS reads before its own
 * configuration, so this module wins over JTokeniser for the same locale; JTokeniser is then never started.
 *
 * <p>Public only because MaryTTS instantiates modules by class name; not part of this package's API.
 */
public final class TokenizerModule extends InternalModule {

    /** Called by MaryTTS with the locale written in the module list, e.g. {@code TokenizerModule(en)}. */
    public TokenizerModule(String locale) {
        super("TownhallTokenizer", MaryDataType.RAWMARYXML, MaryDataType.TOKENS, MaryUtils.string2locale(locale));
    }

    @Override
    public MaryData process(MaryData input) {
        Document doc = input.getDocument();
        Locale locale = input.getLocale() != null ? input.getLocale() : getLocale();
        boolean english = "en".equals(locale.getLanguage());
        for (Text text : untokenisedTexts(doc)) {
            List<List<String>> sentences = Tokenizer.sentences(text.getData(), locale);
            Node parent = text.getParentNode();
            boolean insideSentence = MaryDomUtils.hasAncestor(text, MaryXML.SENTENCE);
            for (List<String> sentence : sentences) {
                Element holder = insideSentence ? null : MaryXML.createElement(doc, MaryXML.SENTENCE);
                for (String token : sentence) {
                    Element t = MaryXML.createElement(doc, MaryXML.TOKEN);
                    // like MaryTTS's English tokenizer: "café" -> "cafe" for the English lexicon
                    MaryDomUtils.setTokenText(t, english ? MaryUtils.normaliseUnicodeLetters(token, Locale.ENGLISH) : token);
                    if (holder != null) {
                        holder.appendChild(t);
                    } else {
                        parent.insertBefore(t, text);
                    }
                }
                if (holder != null) {
                    parent.insertBefore(holder, text);
                }
            }
            parent.removeChild(text);
        }
        MaryData result = new MaryData(getOutputType(), input.getLocale());
        result.setDocument(doc);
        return result;
    }

    private static List<Text> untokenisedTexts(Document doc) {
        List<Text> texts = new ArrayList<>();
        NodeIterator it = ((DocumentTraversal) doc).createNodeIterator(doc, NodeFilter.SHOW_TEXT, null, false);
        for (Node n = it.nextNode(); n != null; n = it.nextNode()) {
            Text text = (Text) n;
            if (!text.getData().isBlank() && !DomUtils.hasAncestor(text, MaryXML.TOKEN)) {
                texts.add(text);
            }
        }
        return texts;
    }
}
