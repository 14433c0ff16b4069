package org.townhall.ivr.speech;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a sentence into a point in a meaning space, where "the lamp outside my house is off" lands near "street
 * light not working" although they share no word. Shared by every call and thread-safe; phrases are encoded once
 * and kept, a caller's transcript takes a few milliseconds.
 */
public final class SentenceEncoder {
    /** The files of a sentence model dropped into {@code models/<lang>/meaning/}. */
    public static final String MODEL_FILE = "model.onnx";
    public static final String TOKENIZER_FILE = "tokenizer.json";

    private final EmbeddingModel model;
    private final String name;
    private final Map<String, float[]> phrases = new ConcurrentHashMap<>();

    private SentenceEncoder(EmbeddingModel model, String name) {
        this.model = model;
        this.name = name;
    }

    /** The English model inside the jar: all-MiniLM-L6-v2, quantized (23 MB), from Maven Central. */
    static SentenceEncoder bundledEnglish() {
        return new SentenceEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel(), "all-MiniLM-L6-v2 (bundled)");
    }

    /**
     * A sentence-transformers model exported to ONNX ({@value #MODEL_FILE}, with its Hugging Face
     * {@value #TOKENIZER_FILE}), mean pooled — e.g. paraphrase-multilingual-MiniLM-L12-v2 for French.
     */
    static SentenceEncoder fromDirectory(Path directory) {
        return new SentenceEncoder(new OnnxEmbeddingModel(directory.resolve(MODEL_FILE), directory.resolve(TOKENIZER_FILE),
                PoolingMode.MEAN), directory.toString());
    }

    /** The unit-length vector for a caller's words (not kept). */
    public float[] encode(String text) {
        return model.embed(text).content().vector();
    }

    /** The unit-length vector for a configured phrase, encoded once. */
    public float[] phrase(String phrase) {
        float[] known = phrases.get(phrase);
        if (known != null) {
            return known;
        }
        // encoded outside the map's lock: two calls may both encode a new phrase, the vectors are the same
        float[] vector = encode(phrase);
        phrases.putIfAbsent(phrase, vector);
        return vector;
    }

    /** Cosine similarity of two unit-length vectors, −1…1. */
    static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Override
    public String toString() {
        return name;
    }
}
