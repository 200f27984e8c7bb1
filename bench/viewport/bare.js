/* global document, window */
// Baseline page: fetches the benchmark cloud and the studio's camera, draws one THREE.Points,
// and exposes `window.__bare.renderFrame()` (one frame, finished on the GPU, in milliseconds).
import * as THREE from 'three';

const view = await (await fetch('/view.json')).json();
const [positions, colors] = await Promise.all(
  ['/positions.bin', '/colors.bin'].map(async (url) => (await fetch(url)).arrayBuffer()),
);
const renderer = new THREE.WebGLRenderer({ antialias: true, powerPreference: 'high-performance' });
renderer.setPixelRatio(view.pixelRatio);
renderer.setSize(view.width, view.height);
document.body.appendChild(renderer.domElement);

const scene = new THREE.Scene();
scene.background = new THREE.Color('#1a1b1e');
const geometry = new THREE.BufferGeometry();
geometry.setAttribute('position', new THREE.BufferAttribute(new Float32Array(positions), 3));
geometry.setAttribute('color', new THREE.BufferAttribute(new Uint8Array(colors), 3, true));
const points = new THREE.Points(
  geometry,
  new THREE.PointsMaterial({ size: view.pointSize, vertexColors: true, sizeAttenuation: true }),
);
points.frustumCulled = false;
scene.add(points);

const camera = new THREE.PerspectiveCamera(view.fov, view.width / view.height, view.near, view.far);
camera.position.fromArray(view.position);
camera.quaternion.fromArray(view.quaternion);

const pixel = new Uint8Array(4);
const gl = renderer.getContext();
window.__bare = {
  renderFrame() {
    const start = performance.now();
    renderer.render(scene, camera);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    return performance.now() - start;
  },
  ready: true,
};
