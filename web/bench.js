/*
 * ===================================================================================================
 *  THE HAND-WRITTEN JAVASCRIPT REFERENCE of Boundary's benchmark page (bench.html).
 *
 *  This file is NOT compiled from Java and is NOT used by the playground. It is a careful, plain
 *  Float64Array implementation of exactly the algorithm of the Java core (dev.boundary.core), written
 *  by hand so the WebAssembly and JavaScript builds of the core can be measured against it:
 *
 *    - dense layers z = a_prev · Wᵀ + b, W [units × inputs] row-major, tanh hidden layers and a sigmoid
 *      output, stable binary cross-entropy from the logit, gradient p̂ − y;
 *    - plain gradient descent; full batch, or mini-batches gathered through an order that is
 *      reshuffled (Fisher–Yates) at the start of each epoch by SplitMix64 — the core's SeededRandom,
 *      reimplemented here on 32-bit halves so the shuffles, and so the costs, are the same;
 *    - after every epoch, as the page does for its chart, the cost and accuracy over all the data;
 *    - the field: p̂ at the centre of each cell of a grid, one grid row per forward pass, written as
 *      packed RGBA into an Int32Array (an ImageData's bytes, little-endian).
 *
 *  Buffers are allocated once per run; the loops allocate nothing. The data, initial weights and
 *  settings come from the Java build, so all implementations start from identical numbers.
 * ===================================================================================================
 */
var BoundaryReference = (function () {
  "use strict";

  // ---- SplitMix64 on two unsigned 32-bit halves (the core's SeededRandom) -------------------------

  var TWO_32 = 4294967296;

  /** A SplitMix64 generator whose 64-bit state is hi·2³² + lo; the seed must be below 2⁵³. */
  function SplitMix64(seed) {
    this.hi = Math.floor(seed / TWO_32) >>> 0;
    this.lo = seed >>> 0;
  }

  // Low 64 bits of (ah·2³² + al) · (bh·2³² + bl), into MUL_HI, MUL_LO. al·bl is done in 16-bit parts
  // so every partial product is exact in a double; the cross terms only matter modulo 2³².
  var MUL_HI = 0;
  var MUL_LO = 0;
  function multiply64(ah, al, bh, bl) {
    var a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
    var middle = a0 * b1 + a1 * b0;
    var low = a0 * b0 + (middle % 65536) * 65536;
    var carry = low >= TWO_32 ? 1 : 0;
    MUL_LO = low >>> 0;
    MUL_HI = (a1 * b1 + Math.floor(middle / 65536) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
  }

  /** The high 32 bits of the next 64-bit output (all that nextInt needs). */
  SplitMix64.prototype.nextHigh = function () {
    var lo = this.lo + 0x7f4a7c15; // state += 0x9E3779B97F4A7C15
    var carry = lo >= TWO_32 ? 1 : 0;
    this.lo = lo >>> 0;
    this.hi = (this.hi + 0x9e3779b9 + carry) >>> 0;
    var h = this.hi, l = this.lo;
    l = (l ^ ((l >>> 30) | (h << 2))) >>> 0; // z ^= z >>> 30
    h = (h ^ (h >>> 30)) >>> 0;
    multiply64(h, l, 0xbf58476d, 0x1ce4e5b9);
    h = MUL_HI; l = MUL_LO;
    l = (l ^ ((l >>> 27) | (h << 5))) >>> 0; // z ^= z >>> 27
    h = (h ^ (h >>> 27)) >>> 0;
    multiply64(h, l, 0x94d049bb, 0x133111eb);
    h = MUL_HI;
    return (h ^ (h >>> 31)) >>> 0; // z ^= z >>> 31, high half
  };

  /** Uniform in [0, bound): (nextLong() >>> 33) % bound. */
  SplitMix64.prototype.nextInt = function (bound) {
    return (this.nextHigh() >>> 1) % bound;
  };

  /** Fisher–Yates, from the last element down, as SeededRandom.shuffle. */
  SplitMix64.prototype.shuffle = function (values) {
    for (var i = values.length - 1; i > 0; i--) {
      var j = this.nextInt(i + 1);
      var swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  };

  // ---- The network -------------------------------------------------------------------------------

  function sigmoid(z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    var e = Math.exp(z);
    return e / (1 + e);
  }

  /**
   * A network of dense layers: sizes [inputs, hidden…, 1], tanh hidden layers, sigmoid output, with
   * pass buffers for up to `capacity` rows. Parameters in the core's flat order: per layer the weights
   * row-major, then the biases.
   */
  function Network(sizes, capacity) {
    this.sizes = sizes;
    this.layerCount = sizes.length - 1;
    this.capacity = capacity;
    this.w = []; this.b = []; this.dw = []; this.db = [];
    this.z = []; this.a = []; this.dz = [];
    this.input = new Float64Array(capacity * sizes[0]);
    for (var l = 0; l < this.layerCount; l++) {
      var inputs = sizes[l], units = sizes[l + 1];
      this.w.push(new Float64Array(units * inputs));
      this.b.push(new Float64Array(units));
      this.dw.push(new Float64Array(units * inputs));
      this.db.push(new Float64Array(units));
      this.z.push(new Float64Array(capacity * units));
      this.a.push(new Float64Array(capacity * units));
      this.dz.push(new Float64Array(capacity * units));
    }
  }

  Network.prototype.setParameters = function (flat) {
    var offset = 0;
    for (var l = 0; l < this.layerCount; l++) {
      this.w[l].set(flat.subarray(offset, offset + this.w[l].length));
      offset += this.w[l].length;
      this.b[l].set(flat.subarray(offset, offset + this.b[l].length));
      offset += this.b[l].length;
    }
  };

  /** Forward pass over the first m rows of this.input. */
  Network.prototype.forward = function (m) {
    var input = this.input;
    var last = this.layerCount - 1;
    for (var l = 0; l <= last; l++) {
      var k = this.sizes[l], n = this.sizes[l + 1];
      var w = this.w[l], b = this.b[l], z = this.z[l], a = this.a[l];
      for (var i = 0; i < m; i++) {
        var inRow = i * k, outRow = i * n;
        for (var u = 0; u < n; u++) {
          var wRow = u * k;
          var sum = 0;
          for (var p = 0; p < k; p++) {
            sum += input[inRow + p] * w[wRow + p];
          }
          z[outRow + u] = sum + b[u];
        }
      }
      var count = m * n;
      if (l === last) {
        for (var s = 0; s < count; s++) {
          a[s] = sigmoid(z[s]);
        }
      } else {
        for (var t = 0; t < count; t++) {
          a[t] = Math.tanh(z[t]);
        }
      }
      input = a;
    }
  };

  /** Gradients of the mean stable cross-entropy over the first m rows against labels y. */
  Network.prototype.backward = function (m, y) {
    var last = this.layerCount - 1;
    var dzOut = this.dz[last], pHat = this.a[last];
    for (var i = 0; i < m; i++) {
      dzOut[i] = pHat[i] - y[i];
    }
    var scale = 1 / m;
    for (var l = last; l >= 0; l--) {
      var k = this.sizes[l], n = this.sizes[l + 1];
      var input = l === 0 ? this.input : this.a[l - 1];
      var dz = this.dz[l], dw = this.dw[l], db = this.db[l];
      // dW = dZᵀ · input / m, db = column means of dZ
      dw.fill(0);
      db.fill(0);
      for (var r = 0; r < m; r++) {
        var dzRow = r * n, inRow = r * k;
        for (var u = 0; u < n; u++) {
          var d = dz[dzRow + u];
          var wRow = u * k;
          for (var p = 0; p < k; p++) {
            dw[wRow + p] += d * input[inRow + p];
          }
          db[u] += d;
        }
      }
      for (var q = 0; q < dw.length; q++) {
        dw[q] *= scale;
      }
      for (var v = 0; v < n; v++) {
        db[v] *= scale;
      }
      if (l > 0) {
        // dA_prev = dZ · W, then dZ_prev = dA_prev · (1 − a²) for tanh
        var w = this.w[l], prev = this.dz[l - 1], a = this.a[l - 1];
        for (var s = 0; s < m; s++) {
          var row = s * k, dRow = s * n;
          for (var c = 0; c < k; c++) {
            prev[row + c] = 0;
          }
          for (var e = 0; e < n; e++) {
            var g = dz[dRow + e], gRow = e * k;
            for (var j = 0; j < k; j++) {
              prev[row + j] += g * w[gRow + j];
            }
          }
          for (var h = 0; h < k; h++) {
            var act = a[row + h];
            prev[row + h] *= 1 - act * act;
          }
        }
      }
    }
  };

  /** w ← w − α·g for every weight and bias. */
  Network.prototype.update = function (learningRate) {
    for (var l = 0; l < this.layerCount; l++) {
      var w = this.w[l], dw = this.dw[l], b = this.b[l], db = this.db[l];
      for (var i = 0; i < w.length; i++) {
        w[i] -= learningRate * dw[i];
      }
      for (var j = 0; j < b.length; j++) {
        b[j] -= learningRate * db[j];
      }
    }
  };

  // ---- Training, as the core's Trainer -----------------------------------------------------------

  /**
   * Trains `network` (already holding its start parameters) for `epochs` epochs on the data; batch 0
   * is the full batch. Returns the cost over all data after the last epoch.
   */
  function train(network, data, learningRate, batch, epochs, shuffleSeed) {
    var features = data.features, labels = data.labels, m = data.size, d = data.featureCount;
    var full = data.evaluation; // a network of the same shape with capacity m, sharing parameters
    var random = new SplitMix64(shuffleSeed);
    var order = new Int32Array(m);
    for (var i = 0; i < m; i++) {
      order[i] = i;
    }
    var batchLabels = new Float64Array(batch > 0 ? batch : 0);
    var cost = evaluate(full, features, labels, m);
    for (var epoch = 0; epoch < epochs; epoch++) {
      if (batch > 0 && batch < m) {
        random.shuffle(order);
        var input = network.input;
        for (var start = 0; start < m; start += batch) {
          var rows = Math.min(batch, m - start);
          for (var r = 0; r < rows; r++) {
            var index = order[start + r];
            for (var f = 0; f < d; f++) {
              input[r * d + f] = features[index * d + f];
            }
            batchLabels[r] = labels[index];
          }
          network.forward(rows);
          network.backward(rows, batchLabels);
          network.update(learningRate);
        }
      } else {
        // The full batch is the evaluation pass just made with the same weights: reuse it, as the core does.
        full.backward(m, labels);
        full.update(learningRate);
      }
      cost = evaluate(full, features, labels, m);
      if (cost !== cost) {
        break;
      }
    }
    return cost;
  }

  /** Cost (mean stable cross-entropy) over all data; the accuracy is computed too, as the page does. */
  function evaluate(full, features, labels, m) {
    full.input.set(features);
    full.forward(m);
    var last = full.layerCount - 1;
    var z = full.z[last], p = full.a[last];
    var sum = 0, correct = 0;
    for (var i = 0; i < m; i++) {
      var zi = z[i], y = labels[i];
      sum += Math.max(zi, 0) - zi * y + Math.log(1 + Math.exp(-Math.abs(zi)));
      correct += (p[i] >= 0.5) === (y === 1) ? 1 : 0;
    }
    full.accuracy = correct / m;
    return sum / m;
  }

  /** Makes `evaluation` read the parameters of `network` (same arrays), so both see each update. */
  function shareParameters(evaluation, network) {
    evaluation.w = network.w;
    evaluation.b = network.b;
  }

  // ---- The speed of light of W1 ------------------------------------------------------------------

  /**
   * W1 as tight as it can be written: logistic regression on two features, full batch, one fused pass
   * per epoch with ONE exp per example (e = e^−|z| gives p̂) and no cost or accuracy per epoch; the
   * cost is computed once, after the last epoch, so the result can be checked against W1. The same
   * operations in the same order as the core's update (gradients summed row by row, scaled by 1/m,
   * w ← w − α·g), so its weights follow W1's. A bound to measure W1 against, not a fair competitor:
   * W1 also records the cost of every epoch (one log per example more) as the page's chart needs.
   */
  function trainLogisticOneExp(start, features, labels, learningRate, epochs) {
    var m = labels.length;
    var w0 = start[0], w1 = start[1], b = start[2];
    var scale = 1 / m;
    for (var epoch = 0; epoch < epochs; epoch++) {
      var g0 = 0, g1 = 0, gb = 0;
      for (var i = 0; i < m; i++) {
        var x0 = features[2 * i], x1 = features[2 * i + 1];
        var z = x0 * w0 + x1 * w1 + b;
        var e = Math.exp(-Math.abs(z));
        var d = (z >= 0 ? 1 / (1 + e) : e / (1 + e)) - labels[i];
        g0 += d * x0;
        g1 += d * x1;
        gb += d;
      }
      w0 -= learningRate * (g0 * scale);
      w1 -= learningRate * (g1 * scale);
      b -= learningRate * (gb * scale);
    }
    var sum = 0;
    for (var k = 0; k < m; k++) {
      var zk = features[2 * k] * w0 + features[2 * k + 1] * w1 + b;
      sum += Math.max(zk, 0) - zk * labels[k] + Math.log(1 + Math.exp(-Math.abs(zk)));
    }
    return sum / m;
  }

  // ---- The field ---------------------------------------------------------------------------------

  /** p̂ on a grid × grid field over [−extent, extent]², painted into `pixels` (Int32Array); Σ p̂. */
  function paintField(network, grid, extent, color0, color1, pixels) {
    var cell = 2 * extent / grid;
    var input = network.input;
    var p = network.a[network.layerCount - 1];
    var r0 = color0 >> 16, g0 = (color0 >> 8) & 0xff, b0 = color0 & 0xff;
    var dr = (color1 >> 16) - r0, dg = ((color1 >> 8) & 0xff) - g0, db = (color1 & 0xff) - b0;
    var sum = 0;
    for (var row = 0; row < grid; row++) {
      var y = extent - (row + 0.5) * cell;
      for (var col = 0; col < grid; col++) {
        input[2 * col] = -extent + (col + 0.5) * cell;
        input[2 * col + 1] = y;
      }
      network.forward(grid);
      var offset = row * grid;
      for (var c = 0; c < grid; c++) {
        var q = p[c];
        sum += q;
        var r = (r0 + dr * q + 0.5) | 0;
        var g = (g0 + dg * q + 0.5) | 0;
        var b = (b0 + db * q + 0.5) | 0;
        pixels[offset + c] = 0xff000000 | (b << 16) | (g << 8) | r;
      }
    }
    return sum;
  }

  // ---- The interface the page times: the same names as the Java builds' exports ------------------

  /**
   * The reference over the given settings (from the Java build's settings()), data and parameters.
   * Returns an object with trainLogistic, trainFullBatch, trainMiniBatch, paintFieldToImage and image,
   * like the Java builds, and trainLogisticOneExp: W1's speed of light, which has no Java counterpart.
   */
  function create(settings, features, labels, logisticStart, networkStart, fieldParameters) {
    var m = labels.length;
    var networkSizes = [2].concat(settings.hiddenLayers, [1]);
    function dataFor(sizes) {
      return {features: features, labels: labels, size: m, featureCount: 2, evaluation: new Network(sizes, m)};
    }
    var logisticData = dataFor([2, 1]);
    var logistic = new Network([2, 1], m);
    var networkData = dataFor(networkSizes);
    var fullBatch = new Network(networkSizes, m);
    var miniBatch = new Network(networkSizes, settings.miniBatch);
    var field = new Network(networkSizes, settings.grid);
    field.setParameters(fieldParameters);
    var pixels = new Int32Array(settings.grid * settings.grid);

    function run(network, data, start, learningRate, batch, epochs) {
      network.setParameters(start);
      shareParameters(data.evaluation, network);
      return train(network, data, learningRate, batch, epochs, settings.shuffleSeed);
    }

    return {
      trainLogistic: function (epochs) {
        return run(logistic, logisticData, logisticStart, settings.logisticLearningRate, 0, epochs);
      },
      trainLogisticOneExp: function (epochs) {
        return trainLogisticOneExp(logisticStart, features, labels, settings.logisticLearningRate, epochs);
      },
      trainFullBatch: function (epochs) {
        return run(fullBatch, networkData, networkStart, settings.networkLearningRate, 0, epochs);
      },
      trainMiniBatch: function (epochs) {
        return run(miniBatch, networkData, networkStart, settings.networkLearningRate, settings.miniBatch, epochs);
      },
      paintFieldToImage: function () {
        return paintField(field, settings.grid, settings.gridExtent, settings.color0, settings.color1, pixels);
      },
      image: function () {
        return pixels;
      }
    };
  }

  return {create: create, SplitMix64: SplitMix64};
})();
