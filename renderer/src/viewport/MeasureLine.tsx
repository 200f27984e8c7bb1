/** A labelled line between two world points: the measurement tool's and an annotation's distance. */
import { Html, Line } from '@react-three/drei';
import type { Vec3 } from '../../../common/domain/box';

export function MeasureLine({
  from,
  to,
  label,
  color,
  testId,
}: {
  from: Vec3;
  to: Vec3;
  label: string;
  color: string;
  testId: string;
}) {
  const mid: Vec3 = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2];
  return (
    <group>
      <Line
        points={[from, to]}
        color={color}
        lineWidth={2}
        dashed
        dashSize={0.08}
        gapSize={0.05}
        depthTest={false}
        renderOrder={10}
      />
      <Html position={mid} center zIndexRange={[20, 10]}>
        <div className="measure-tag" data-testid={testId} style={{ borderColor: color }}>
          {label}
        </div>
      </Html>
    </group>
  );
}
