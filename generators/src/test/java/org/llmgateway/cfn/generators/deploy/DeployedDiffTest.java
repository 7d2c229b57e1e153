package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployedDiffTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> differences(String deployed, String generated) throws IOException {
    List<String> out = new ArrayList<>();
    DeployedDiff.compare("", JSON.readTree(deployed), JSON.readTree(generated), out);
    return out;
  }

  @Test
  void everyDifferingPathIsNamedWithBothValues() throws IOException {
    assertThat(differences(
        """
        {"Resources": {"Db": {"Properties": {"Port": 5432, "Class": "db.t3.small",
          "Tags": [{"Key": "a"}, {"Key": "b"}]}}, "Extra": {"Type": "X"}}}
        """,
        """
        {"Resources": {"Db": {"Properties": {"Port": 5432.0, "Class": "db.t3.micro",
          "Tags": [{"Key": "a"}, {"Key": "c"}], "Encrypted": true}}}}
        """))
        .containsExactly(
            "Resources.Db.Properties.Class: deployed \"db.t3.small\", generated \"db.t3.micro\"",
            "Resources.Db.Properties.Tags[1].Key: deployed \"b\", generated \"c\"",
            "Resources.Db.Properties.Encrypted: only in generated-templates/ true",
            "Resources.Extra: only in the deployed stack {\"Type\":\"X\"}");
  }

  @Test
  void listsOfDifferentLengthAreShownWhole() throws IOException {
    assertThat(differences("{\"A\": [1, 2]}", "{\"A\": [1]}"))
        .containsExactly("A: deployed [1,2], generated [1]");
  }

  @Test
  void equalDocumentsHaveNoDifferences() throws IOException {
    assertThat(differences("{\"A\": {\"B\": [1, {\"C\": true}]}}",
        "{\"A\": {\"B\": [1, {\"C\": true}]}}")).isEmpty();
  }
}
