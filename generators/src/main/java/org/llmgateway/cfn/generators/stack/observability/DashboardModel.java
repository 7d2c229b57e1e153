package org.llmgateway.cfn.generators.stack.observability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.llmgateway.cfn.generators.stack.InvalidStackException;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;

/**
 * A CloudWatch dashboard as Java values: rows of metric widgets, one {@link WidgetGroup} per
 * stack it watches, rendered to the DashboardBody JSON inside one {@code Fn::Sub}. The resources
 * the metrics name (load balancer, cluster, database) are the Sub's variables, each an import of
 * the exporting stack's constant, or a parameter of the stack.
 *
 * <p>A dashboard whose metric names no resource (a dimension value that is neither a variable nor
 * a parameter), or a namespace or metric CloudWatch does not publish, cannot be built: CloudWatch
 * accepts any name and would draw an empty graph, which looks like "no traffic" to the person on
 * call. The check lives here rather than in the validator because the validator sees only the
 * rendered JSON string, where a typo in a dimension is just text.
 */
public record DashboardModel(
    String stack,
    Map<String, Expr> resources,
    Set<String> parameters,
    Map<String, Set<String>> knownMetrics,
    List<WidgetGroup> groups) {

  /** Widgets are half the 24-column grid wide, two a row, each 6 rows high. */
  static final int WIDGET_WIDTH = 12;
  static final int WIDGET_HEIGHT = 6;
  static final int GRID_WIDTH = 24;

  /** One dimension of a metric; {@code resource} is a Sub variable or a parameter's logical id. */
  public record Dimension(String name, String resource) {}

  /**
   * One line of a graph: {@code stat} is a CloudWatch statistic (Sum, Average, Maximum, p95, ...).
   */
  public record MetricLine(
      String namespace, String metric, List<Dimension> dimensions, String stat, String label) {
    public MetricLine {
      dimensions = List.copyOf(dimensions);
    }
  }

  /** One time-series graph. */
  public record Widget(String title, List<MetricLine> lines) {
    public Widget {
      lines = List.copyOf(lines);
    }
  }

  /** The widgets of one watched stack, under a heading; adding a stack is adding a group. */
  public record WidgetGroup(String heading, List<Widget> widgets) {
    public WidgetGroup {
      widgets = List.copyOf(widgets);
    }
  }

  /** A dashboard metric that cannot be drawn: where it is and why. */
  public static final class InvalidDashboardException extends InvalidStackException {
    private static final long serialVersionUID = 1L;

    InvalidDashboardException(String message) {
      super(message);
    }
  }

  public DashboardModel {
    resources = Map.copyOf(resources);
    parameters = Set.copyOf(parameters);
    knownMetrics = Map.copyOf(knownMetrics);
    groups = List.copyOf(groups);
    List<String> problems = new ArrayList<>();
    for (WidgetGroup group : groups) {
      for (Widget widget : group.widgets()) {
        for (MetricLine line : widget.lines()) {
          String where = "widget '" + widget.title() + "' (" + group.heading() + "), metric "
              + line.namespace() + " " + line.metric();
          Set<String> metrics = knownMetrics.get(line.namespace());
          if (metrics == null) {
            problems.add(where + ": namespace: '" + line.namespace()
                + "' is not a namespace this dashboard knows " + new TreeSet<>(knownMetrics.keySet()));
          } else if (!metrics.contains(line.metric())) {
            problems.add(where + ": metric: '" + line.metric() + "' is not a metric of "
                + line.namespace() + " " + new TreeSet<>(metrics));
          }
          for (Dimension dimension : line.dimensions()) {
            if (!resources.containsKey(dimension.resource())
                && !parameters.contains(dimension.resource())) {
              problems.add(where + ": dimension " + dimension.name() + ": '"
                  + dimension.resource() + "' is no import or parameter of the " + stack
                  + " stack, so the graph would stay empty (the stack's resources: "
                  + new TreeSet<>(resources.keySet()) + ", parameters: "
                  + new TreeSet<>(parameters) + ")");
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDashboardException("Stack " + stack + ", dashboard (the same in every"
          + " environment): " + String.join("\n  ", problems));
    }
  }

  /** The DashboardBody: the JSON text as an {@code Fn::Sub} over the resources it names. */
  public Expr body() {
    return Fn.subWith(bodyText(), resources);
  }

  /** The JSON text with {@code ${Variable}} placeholders, in a fixed order (deterministic). */
  String bodyText() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode body = nodes.objectNode();
    ArrayNode widgets = body.putArray("widgets");
    int y = 0;
    for (WidgetGroup group : groups) {
      ObjectNode heading = widgets.addObject();
      heading.put("type", "text");
      placeAt(heading, 0, y, GRID_WIDTH, 1);
      heading.putObject("properties").put("markdown", "## " + group.heading());
      y += 1;
      int column = 0;
      for (Widget widget : group.widgets()) {
        ObjectNode graph = widgets.addObject();
        graph.put("type", "metric");
        placeAt(graph, column, y, WIDGET_WIDTH, WIDGET_HEIGHT);
        ObjectNode properties = graph.putObject("properties");
        properties.put("title", widget.title());
        properties.put("view", "timeSeries");
        properties.put("region", "${AWS::Region}");
        properties.put("period", 300);
        ArrayNode metrics = properties.putArray("metrics");
        for (MetricLine line : widget.lines()) {
          ArrayNode metric = metrics.addArray();
          metric.add(line.namespace()).add(line.metric());
          for (Dimension dimension : line.dimensions()) {
            metric.add(dimension.name()).add("${" + dimension.resource() + "}");
          }
          Map<String, String> options = new LinkedHashMap<>();
          options.put("stat", line.stat());
          options.put("label", line.label());
          ObjectNode rendering = metric.addObject();
          options.forEach(rendering::put);
        }
        column += WIDGET_WIDTH;
        if (column >= GRID_WIDTH) {
          column = 0;
          y += WIDGET_HEIGHT;
        }
      }
      if (column != 0) {
        y += WIDGET_HEIGHT;
      }
    }
    try {
      return new ObjectMapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the dashboard body", e);
    }
  }

  private static void placeAt(ObjectNode widget, int x, int y, int width, int height) {
    widget.put("x", x);
    widget.put("y", y);
    widget.put("width", width);
    widget.put("height", height);
  }
}
