package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.emit.TemplateJson;
import org.llmgateway.cfn.generators.emit.YamlWriter;
import org.llmgateway.cfn.generators.stack.StackCatalog;

class TemplateYamlTest {

  @Test
  void readingTheWrittenYamlGivesBackTheModelsCanonicalJsonForEveryStack() {
    var generators = new java.util.ArrayList<>(StackCatalog.discover());
    generators.add(new SampleStacks.Base());
    generators.add(new SampleStacks.App());
    for (var generator : generators) {
      var rendered = GeneratedFiles.render(generator);

      var read = TemplateYaml.read(rendered.yaml(), generator.templateFileName());

      assertThat(read.equals(TemplateYaml.SAME_VALUE, rendered.json()))
          .as("%s read back equals its canonical JSON", generator.name()).isTrue();
    }
  }

  @Test
  void everyCheckedInTemplateReadsBackAsTheModelRendersIt() throws IOException {
    Path folder = CheckedInStacksOnMoto.repositoryRoot().resolve("generated-templates");
    var byFile = new java.util.TreeMap<String, com.fasterxml.jackson.databind.JsonNode>();
    StackCatalog.discover().forEach(g -> byFile.put(g.templateFileName(),
        TemplateJson.toJson(g.template())));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith("-stack.yaml")).toList()) {
        var read = TemplateYaml.read(Files.readString(file), file.toString());
        assertThat(read.equals(TemplateYaml.SAME_VALUE, byFile.get(file.getFileName().toString())))
            .as(file.getFileName().toString()).isTrue();
      }
    }
  }

  @Test
  void shortFormTagsBecomeLongFormFunctions() throws IOException {
    String yaml = String.join("\n",
        "Resources:",
        "  Group:",
        "    Type: AWS::EC2::SecurityGroup",
        "    Properties:",
        "      VpcId: !ImportValue",
        "        Fn::Sub: \"${EnvironmentName}-network-VpcId\"",
        "      Cidr: !GetAtt Vpc.CidrBlockAssociations.0",
        "      Zone: !Select [0, !GetAZs \"\"]",
        "      Name: !Ref EnvironmentName",
        "      Port: 4000",
        "      Enabled: true",
        "      Version: \"2010-09-09\"",
        "");

    var read = TemplateYaml.read(yaml, "inline");

    var expected = new ObjectMapper().readTree("""
        {"Resources": {"Group": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
          "VpcId": {"Fn::ImportValue": {"Fn::Sub": "${EnvironmentName}-network-VpcId"}},
          "Cidr": {"Fn::GetAtt": ["Vpc", "CidrBlockAssociations.0"]},
          "Zone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
          "Name": {"Ref": "EnvironmentName"},
          "Port": 4000,
          "Enabled": true,
          "Version": "2010-09-09"}}}}
        """);
    assertThat(read).isEqualTo(expected);
  }

  @Test
  void aKeyGivenTwiceIsRefusedNamingTheSource() {
    assertThatThrownBy(() -> TemplateYaml.read("Resources: {}\nResources: {}\n", "x-stack.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x-stack.yaml: key 'Resources' is given twice (line 2)");
  }

  @Test
  void aDocumentThatIsNotAMappingIsRefused() {
    assertThatThrownBy(() -> TemplateYaml.read(List.of("a").toString(), "list.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("list.yaml is not a template: its top level is not a mapping");
  }

  @Test
  void theWriterAndReaderAgreeOnScalarsThatLookLikeNumbers() {
    var json = new ObjectMapper().createObjectNode();
    json.put("AWSTemplateFormatVersion", "2010-09-09");
    json.putObject("Resources").putObject("R").put("Type", "T").putObject("Properties")
        .put("Code", "0755").put("Port", "4000").put("Count", 2).put("Flag", "true");

    var read = TemplateYaml.read(YamlWriter.write(json, List.of()), "scalars");

    assertThat(read).isEqualTo(json);
  }
}
